package dev.quire.cli;

import dev.quire.diag.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code quire init DIR}: writes the starter site into a new or empty folder and prints what to run next. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a small starter site (pages with tabs, an aside and a partial, a redirect) into a new or empty folder.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder to create the site in (new or empty)")
    Path dir;

    @Override
    public Integer call() {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new UsageException("refusing to write a starter site into " + dir + ": it is "
                    + (Files.isDirectory(dir) ? "not empty" : "a file"), "choose a new or empty folder: quire init my-docs");
        }
        int files = StarterSite.writeTo(dir);
        PrintWriter out = spec.commandLine().getOut();
        String cd = dir.toString().contains(" ") ? "\"" + dir + "\"" : dir.toString();
        out.printf("Created a Quire site in %s (%d files).%n%nNext:%n"
                + "  cd %s%n"
                + "  quire serve     # preview at http://127.0.0.1:4321/ with live reload%n"
                + "  quire build     # write the site into dist/%n"
                + "  quire check     # build without writing and check the result%n", dir, files, cd);
        out.flush();
        return 0;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
