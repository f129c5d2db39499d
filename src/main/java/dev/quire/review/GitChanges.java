package dev.quire.review;

import dev.quire.check.GitRepo;
import dev.quire.diag.UsageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a site folder that changed between a git revision and the working tree
 * ({@code git diff --name-status -M REF}, plus untracked files as added), relative to the site folder.
 */
final class GitChanges {

    /** One changed file: A(dded), D(eleted), M(odified) or R(enamed, with {@code from}). */
    record Change(char kind, String path, String from) {
    }

    private GitChanges() {
    }

    static List<Change> since(Path site, String ref) {
        GitRepo git = new GitRepo(site);
        if (git.run("rev-parse", "--show-toplevel").exitCode() != 0) {
            throw new UsageException("quire review needs the site to be in a git repository: "
                    + site.toAbsolutePath().normalize() + " is not", "run it in a clone of the site's repository");
        }
        if (git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}").exitCode() != 0) {
            throw new UsageException("unknown git revision '" + ref + "'",
                    "pass a branch, tag or commit such as main or HEAD~1; in CI, fetch it first (git fetch origin main)");
        }
        List<Change> changes = new ArrayList<>();
        for (String line : git.run("diff", "--name-status", "-M", "--relative", ref, "--", ".").lines()) {
            String[] parts = line.split("\t");
            char kind = parts[0].charAt(0);
            if (kind == 'R' && parts.length == 3) changes.add(new Change('R', parts[2], parts[1]));
            else if (parts.length == 2) changes.add(new Change(kind == 'C' ? 'A' : kind == 'T' ? 'M' : kind, parts[1], null));
        }
        for (String file : git.run("ls-files", "--others", "--exclude-standard", "--", ".").lines()) {
            changes.add(new Change('A', file, null));
        }
        return changes;
    }
}
