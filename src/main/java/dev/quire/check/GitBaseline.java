package dev.quire.check;

import dev.quire.content.ContentScanner;
import dev.quire.diag.UsageException;
import dev.quire.model.Urls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages that the site's {@code content/} held at a git commit ({@code git ls-tree}), leaving out
 * drafts ({@code git grep} for {@code draft: true}), and the pages renamed since then
 * ({@code git diff --name-status -M}, working tree included). Uses the git command line.
 */
public final class GitBaseline {

    private GitBaseline() {
    }

    public static Baseline at(Path site, String ref, String basePath) {
        GitRepo git = new GitRepo(site);
        GitRepo.Result top = git.run("rev-parse", "--show-toplevel");
        if (top.exitCode() != 0) {
            throw new UsageException("--since needs the site to be in a git repository: " + site.toAbsolutePath().normalize()
                    + " is not", "use --baseline FILE with a manifest or a list of URL paths instead");
        }
        if (git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}").exitCode() != 0) {
            throw new UsageException("unknown git revision '" + ref + "'",
                    "pass a branch, tag or commit such as main or HEAD~1; in CI, fetch it first (git fetch origin main)");
        }
        String content = ContentScanner.DIR + "/";
        Set<String> drafts = new HashSet<>();
        for (String line : git.run("grep", "-l", "-E", "^draft:[[:space:]]*true[[:space:]]*$", ref, "--", content).lines()) {
            drafts.add(line.substring(line.indexOf(':') + 1));
        }
        List<Baseline.Entry> pages = new ArrayList<>();
        for (String file : git.run("ls-tree", "-r", "--name-only", ref, "--", content).lines()) {
            String rel = file.substring(content.length());
            if (!ContentScanner.isPage(rel) || drafts.contains(file)) continue;
            pages.add(new Baseline.Entry(basePath + Urls.pathOf(rel), file, null));
        }
        Map<String, String> renames = new HashMap<>();
        for (String line : git.run("diff", "--name-status", "-M", "--relative", ref, "--", content).lines()) {
            String[] parts = line.split("\t");
            if (parts.length != 3 || !parts[0].startsWith("R")) continue;
            String from = parts[1].substring(content.length());
            String to = parts[2].substring(content.length());
            if (ContentScanner.isPage(from) && ContentScanner.isPage(to)) {
                renames.put(basePath + Urls.pathOf(from), basePath + Urls.pathOf(to));
            }
        }
        return new Baseline(ref, pages, renames);
    }
}
