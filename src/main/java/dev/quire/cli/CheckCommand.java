package dev.quire.cli;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.check.BaselineFile;
import dev.quire.check.Check;
import dev.quire.check.CheckContext;
import dev.quire.check.GitBaseline;
import dev.quire.check.RemovedPagesCheck;
import dev.quire.config.SiteConfigLoader;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code quire check}: builds the site into a temporary folder (so every build error is found) and
 * runs the checks asked for over the result: {@code --baseline FILE} and {@code --since REF} fail
 * when a page that existed is gone and no redirect covers it.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Builds the site without publishing it and checks the result.",
                "With --baseline or --since, fails when a page that existed is gone and no redirect covers it."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--baseline", paramLabel = "FILE", description = "a .quire/manifest.json of an earlier build, or a text file of URL paths")
    List<Path> baselines = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REF", description = "a git commit, branch or tag: the pages content/ held there")
    List<String> since = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Check> checks = new ArrayList<>();
        String basePath = SiteConfigLoader.load(source, new Diagnostics()).basePath();
        for (Path file : baselines) checks.add(new RemovedPagesCheck(BaselineFile.read(file, basePath)));
        for (String ref : since) checks.add(new RemovedPagesCheck(GitBaseline.at(source, ref, basePath)));
        try (TempFolder tmp = TempFolder.create("quire-check-")) {
            Path output = tmp.path().resolve("site");
            BuildResult result = Build.run(new BuildOptions(source, output, false));
            for (Diagnostic d : result.diagnostics()) err.print(Reporter.format(d));
            if (result.failed()) {
                err.printf("check failed: the site does not build (%s)%n", Reporter.summary(result.errors(), result.warnings()));
                err.flush();
                return Failures.CONTENT;
            }
            Diagnostics found = new Diagnostics();
            CheckContext context = CheckContext.of(source, output, basePath);
            for (Check check : checks) check.run(context, found);
            for (Diagnostic d : found.sorted()) err.print(Reporter.format(d));
            err.flush();
            if (found.hasErrors()) {
                err.printf("check failed: %s%n", Reporter.summary(found.errorCount(), found.warningCount()));
                err.flush();
                return Failures.CONTENT;
            }
            out.printf("check passed: %d pages%s%n", result.pages(),
                    checks.isEmpty() ? "" : ", " + String.join(", ", checks.stream().map(Check::name).distinct().toList()) + " checked");
            out.flush();
            return 0;
        }
    }
}
