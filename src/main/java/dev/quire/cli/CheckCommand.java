package dev.quire.cli;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.check.BaselineFile;
import dev.quire.check.Check;
import dev.quire.check.CheckContext;
import dev.quire.check.ExternalLinks;
import dev.quire.check.GitBaseline;
import dev.quire.check.LinkCache;
import dev.quire.check.LinkCheck;
import dev.quire.check.RemovedPagesCheck;
import dev.quire.check.RuleHitsCheck;
import dev.quire.check.Severities;
import dev.quire.check.SourceRulesCheck;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import dev.quire.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code quire check}: builds the site into a temporary folder (so every build error is found) and
 * checks the result: internal links and anchors, the content rules (severities from site.yaml's
 * {@code check:}), external links with {@code --external}, and with {@code --baseline FILE} or
 * {@code --since REF} pages that are gone without a redirect.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Builds the site without publishing it and checks links, anchors and the content rules.",
                "With --baseline or --since, also fails when a page that existed is gone and no redirect covers it.",
                "Exit 1 when there are errors (with --strict, warnings too)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--baseline", paramLabel = "FILE", description = "a .quire/manifest.json of an earlier build, or a text file of URL paths")
    List<Path> baselines = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REF", description = "a git commit, branch or tag: the pages content/ held there")
    List<String> since = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or github (workflow annotations)")
    CheckOutput format = CheckOutput.text;

    @Option(names = "--strict", description = "warnings fail the check too")
    boolean strict;

    @Option(names = "--external", description = "also ask the servers of external links (cached in " + LinkCache.FILE + " for a day)")
    boolean external;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per external link (default: 10)")
    int timeout = 10;

    @Option(names = "--concurrency", paramLabel = "N", description = "external links asked at once (default: 8)")
    int concurrency = 8;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Diagnostics configProblems = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(source, configProblems);
        String basePath = config.basePath();
        List<Check> checks = new ArrayList<>();
        LinkCheck links = new LinkCheck();
        checks.add(links);
        checks.add(new RuleHitsCheck());
        checks.add(new SourceRulesCheck());
        for (Path file : baselines) checks.add(new RemovedPagesCheck(BaselineFile.read(file, basePath)));
        for (String ref : since) checks.add(new RemovedPagesCheck(GitBaseline.at(source, ref, basePath)));
        try (TempFolder tmp = TempFolder.create("quire-check-")) {
            Path output = tmp.path().resolve("site");
            BuildResult result = Build.run(new BuildOptions(source, output, false, true));
            if (result.failed()) {
                format.print(strict(result.diagnostics()), out, err);
                err.printf("check failed: the site does not build (%s)%n", Reporter.summary(result.errors(), result.warnings()));
                err.flush();
                out.flush();
                return Failures.CONTENT;
            }
            Diagnostics found = new Diagnostics();
            found.addAll(result.diagnostics());
            Severities severities = Severities.of(config.check(), found);
            CheckContext context = CheckContext.of(source, output, config, result.facts(), severities);
            for (Check check : checks) check.run(context, found);
            if (external) {
                new ExternalLinks(links.external(), LinkCache.open(source, Duration.ofDays(1)), concurrency, Duration.ofSeconds(timeout))
                        .run(context, found);
            }
            List<Diagnostic> all = strict(found.sorted());
            format.print(all, out, err);
            long errors = all.stream().filter(Diagnostic::isError).count();
            if (errors > 0) {
                err.printf("check failed: %s%n", Reporter.summary(errors, all.size() - errors));
                err.flush();
                out.flush();
                return Failures.CONTENT;
            }
            String summary = String.format("check passed: %d pages; checked %s%s", result.pages(),
                    String.join(", ", checks.stream().map(Check::name).distinct().toList()) + (external ? ", external links" : ""),
                    all.isEmpty() ? "" : "; " + all.size() + (all.size() == 1 ? " warning" : " warnings"));
            (format == CheckOutput.text ? out : err).println(summary);
            out.flush();
            err.flush();
            return 0;
        }
    }

    private List<Diagnostic> strict(List<Diagnostic> diagnostics) {
        if (!strict) return diagnostics;
        return diagnostics.stream().map(d -> d.withSeverity(Severity.ERROR)).toList();
    }
}
