package dev.quire.build;

import java.nio.file.Path;

/**
 * How to build: the site folder, the output folder, and whether draft pages are included.
 */
public record BuildOptions(Path source, Path out, boolean drafts) {

    public static final String DEFAULT_OUT = "dist";

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve(DEFAULT_OUT), false);
    }
}
