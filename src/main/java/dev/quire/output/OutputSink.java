package dev.quire.output;

import java.nio.charset.StandardCharsets;

/** Where a build writes its files: a folder on disk, or memory for the dev server. Thread-safe. */
public interface OutputSink {

    /** Writes a file at a path relative to the output root ("a/b/index.html"). */
    void write(String path, byte[] bytes);

    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
