package dev.quire.cli;

import dev.quire.build.Impact;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code quire impact FILE…}: the pages whose output depends on the given files, one URL a line. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Lists the pages that changes to the given partials, templates or data files touch.",
                "One URL a line: what a reviewer asks when a shared partial changes."})
final class ImpactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "partials/…, templates/…, data/… or content/… files")
    List<String> files;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        List<String> urls = Impact.of(source, files, diagnostics);
        for (Diagnostic d : diagnostics.sorted()) if (d.isError()) spec.commandLine().getErr().print(Reporter.format(d));
        spec.commandLine().getErr().flush();
        for (String url : urls) spec.commandLine().getOut().println(url);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
