package dev.quire.build;

import java.nio.file.Path;

/**
 * How to build: the site folder, the output folder, whether draft pages are included, and whether
 * to gather each page's links and ids for {@code quire check} (a cost a plain build does not pay).
 */
public record BuildOptions(Path source, Path out, boolean drafts, boolean facts) {

    public static final String DEFAULT_OUT = "dist";

    public BuildOptions(Path source, Path out, boolean drafts) {
        this(source, out, drafts, false);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve(DEFAULT_OUT), false);
    }
}
