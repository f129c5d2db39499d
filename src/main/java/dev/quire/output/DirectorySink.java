package dev.quire.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes files below a folder, creating parent folders once each. */
public final class DirectorySink implements OutputSink {

    private final Path root;
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    public DirectorySink(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(String path, byte[] bytes) {
        try {
            Files.write(prepare(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file for {@code path}, its parent folder made; refuses paths that leave the root. */
    Path prepare(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) throw new IllegalArgumentException("output path leaves the output folder: " + path);
        Path parent = target.getParent();
        // marked only once made: a thread that finds the mark may write into the folder at once
        if (!made.contains(parent)) {
            Files.createDirectories(parent);
            made.add(parent);
        }
        return target;
    }
}
