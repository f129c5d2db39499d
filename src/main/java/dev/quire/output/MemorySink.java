package dev.quire.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps written files in memory, for the dev server. The map is the build's working copy; readers
 * are given immutable copies of it ({@link #snapshot()}), so a request never sees a half-done rebuild.
 */
public final class MemorySink implements OutputSink {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    /** The bytes written at a path, or null. */
    public byte[] get(String path) {
        return files.get(path);
    }

    public void remove(String path) {
        files.remove(path);
    }

    /** An immutable copy of every file written so far. */
    public Map<String, byte[]> snapshot() {
        return Map.copyOf(files);
    }
}
