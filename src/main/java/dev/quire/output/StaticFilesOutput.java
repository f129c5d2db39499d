package dev.quire.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies {@code static/} to the output root as is. Symbolic links are skipped, so nothing outside
 * the site is published.
 */
public final class StaticFilesOutput {

    public static final String DIR = "static";

    private StaticFilesOutput() {
    }

    /** The files below static/, relative to it, sorted. */
    public static List<String> list(Path siteDir) {
        Path root = siteDir.resolve(DIR);
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path siteDir, List<String> files, OutputSink sink) {
        files.parallelStream().forEach(rel -> {
            try {
                sink.write(rel, Files.readAllBytes(siteDir.resolve(DIR).resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
