package dev.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quire} command: a documentation site generator. */
@Command(name = "quire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds documentation sites written in Markdown and MDX into static HTML.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, ReviewCommand.class, PublishCommand.class,
                ImpactCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 content errors, 2 usage errors). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
