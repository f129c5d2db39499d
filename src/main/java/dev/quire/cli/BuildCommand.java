package dev.quire.cli;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code quire build}: builds the site into the output folder, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site into static files.",
                "The output is replaced only when the build succeeds; a failed build leaves it as it was."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "the output folder (default: dist/ in the site folder)")
    Path out;

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Option(names = {"-v", "--verbose"}, description = "show the time of each stage, and stack traces of internal errors")
    boolean verbose;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path outDir = out != null ? out : source.resolve(BuildOptions.DEFAULT_OUT);
        BuildResult result = Build.run(new BuildOptions(source, outDir, drafts));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Diagnostic d : result.diagnostics()) err.print(Reporter.format(d));
        if (verbose) {
            for (BuildResult.StageTime s : result.stages()) err.printf("  %-8s %6d ms%n", s.stage(), s.millis());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result.failed()) {
            err.printf("build failed: %s; %s was left as it was%n",
                    Reporter.summary(result.errors(), result.warnings()), outDir);
            err.flush();
            return Failures.CONTENT;
        }
        err.flush();
        List<String> notes = new ArrayList<>();
        if (result.unchanged() > 0) notes.add(result.unchanged() + " unchanged");
        if (result.warnings() > 0) notes.add(Reporter.summary(0, result.warnings()).replace("0 errors, ", ""));
        stdout.printf("built %d pages into %s in %d ms%s%n", result.pages(), outDir, ms,
                notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        stdout.flush();
        return 0;
    }
}
