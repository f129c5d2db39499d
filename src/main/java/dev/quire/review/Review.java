package dev.quire.review;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Impact;
import dev.quire.check.Check;
import dev.quire.check.CheckContext;
import dev.quire.check.LinkCheck;
import dev.quire.check.RuleHitsCheck;
import dev.quire.check.Severities;
import dev.quire.check.SourceRulesCheck;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Urls;
import dev.quire.model.redirect.Coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code quire review --base REF}: what a reviewer would write about the change from REF to the
 * working tree, as Markdown: pages added, removed and renamed (with the redirect lines still missing),
 * partials changed with the pages that show them, templates changed, and the check findings in the
 * changed files. The site is built into a temporary folder; nothing else is written.
 */
public final class Review {

    private Review() {
    }

    public static String of(Path site, String ref) {
        List<GitChanges.Change> changes = GitChanges.since(site, ref);
        SiteConfig config = SiteConfigLoader.load(site, new Diagnostics());
        Path out = temp();
        try {
            BuildResult build = Build.run(new BuildOptions(site, out, false, true));
            Diagnostics found = new Diagnostics();
            found.addAll(build.diagnostics());
            Coverage coverage = null;
            if (!build.failed()) {
                CheckContext context = CheckContext.of(site, build.output(), config, build.facts(), Severities.of(config.check(), found));
                for (Check check : List.<Check>of(new LinkCheck(), new RuleHitsCheck(), new SourceRulesCheck())) check.run(context, found);
                coverage = context.manifest().coverage();
            }
            ReviewWriter writer = new ReviewWriter(ref, config.basePath(), coverage);
            String content = ContentScanner.DIR + "/";
            Set<String> changed = new TreeSet<>();
            List<String> partials = new ArrayList<>();
            for (GitChanges.Change c : changes) {
                if (c.kind() != 'D') changed.add(c.path());
                if (c.path().startsWith(content) && ContentScanner.isPage(c.path().substring(content.length()))) {
                    writer.page(c.kind(), url(config, c.path()), c.path(), c.from() == null ? null : url(config, c.from()), c.from());
                } else if (c.path().startsWith("partials/")) {
                    partials.add(c.path());
                    List<String> pages = c.kind() == 'D' ? List.of() : Impact.of(site, List.of(c.path()), new Diagnostics());
                    writer.partial(c.kind(), c.path(), pages);
                } else if (c.path().startsWith("templates/")) {
                    writer.template(c.kind(), c.path());
                }
            }
            List<Diagnostic> inChanged = found.sorted().stream()
                    .filter(d -> d.position() != null && changed.contains(d.position().file())).toList();
            return writer.write(inChanged, build.failed());
        } finally {
            delete(out);
        }
    }

    private static String url(SiteConfig config, String contentFile) {
        return config.basePath() + Urls.pathOf(contentFile.substring(ContentScanner.DIR.length() + 1));
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("quire-review-").resolve("site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path out) {
        Path dir = out.getParent();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
