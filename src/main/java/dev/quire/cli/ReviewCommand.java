package dev.quire.cli;

import dev.quire.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code quire review --base REF}: a Markdown review of the change from REF to the working tree, on stdout. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes a Markdown review of the change from a git revision to the working tree:",
                "pages added, removed and renamed (with missing redirects), partials and the pages showing them,",
                "templates, and the check findings in the changed files."})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--base", required = true, paramLabel = "REF", description = "the git revision to compare with (e.g. main)")
    String base;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Review.of(source, base));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
