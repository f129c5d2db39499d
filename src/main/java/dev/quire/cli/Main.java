package dev.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code quire} command: a documentation site generator. */
@Command(name = "quire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds documentation sites written in Markdown and MDX into static HTML.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. picocli reads a command's annotations by reflection
     * when it is added, which took a quarter of a second for all of them before a build could start;
     * a command line that names one gets only that one ({@link #run}).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("review", ReviewCommand::new);
        COMMANDS.put("publish", PublishCommand::new);
        COMMANDS.put("impact", ImpactCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 content errors, 2 usage errors). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // help (and a mistyped name, for its suggestions) needs them all
        String named = args.length > 0 && !args[0].equals("help") && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || name.equals(named)) cli.addSubcommand(name, command.get());
        });
        cli.setExecutionExceptionHandler(new Failures());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
