package dev.quire.cli;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Reporter;
import dev.quire.diag.UsageException;
import picocli.CommandLine;

/**
 * Maps what a command throws to an exit code: a user's mistake in the site is reported as
 * diagnostics (exit 1), a mistake in the command line (exit 2); anything else is a bug in Quire,
 * reported in one line, with the stack trace only under {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    static final int CONTENT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof UsageException u) {
            err.print(Reporter.format(u.diagnostic()));
            err.flush();
            return USAGE;
        }
        if (e instanceof DiagnosticException d) {
            for (Diagnostic diagnostic : d.diagnostics()) err.print(Reporter.format(diagnostic));
            err.flush();
            return CONTENT;
        }
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        err.println("error: Quire failed unexpectedly: " + e);
        if (verbose) e.printStackTrace(err);
        else err.println("  rerun with --verbose for the stack trace, and please report it");
        err.flush();
        return INTERNAL;
    }
}
