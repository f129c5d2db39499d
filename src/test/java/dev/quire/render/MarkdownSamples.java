package dev.quire.render;

import dev.quire.testing.Corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Markdown to compare two ways of rendering on: the example site's pages and partials, and the real corpus when present. */
final class MarkdownSamples {

    private MarkdownSamples() {
    }

    /** The text of every .md and .mdx file under content/ and partials/ of the repository and of the corpus. */
    static List<String> all() {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("partials"), Corpus.PATH)) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx")).sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
