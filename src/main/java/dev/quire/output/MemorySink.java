package dev.quire.output;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps written files in memory, for the dev server. The map is the build's working copy; readers
 * are given immutable views of it ({@link #snapshot()}), so a request never sees a half-done rebuild.
 * A view is the last full copy with the files changed since laid over it: after a one-page edit,
 * publishing copies a few entries, not the tens of thousands of a large site. The full copy is made
 * again once the changes outgrow an eighth of it.
 */
public final class MemorySink implements OutputSink {

    private static final byte[] REMOVED = new byte[0];

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private Map<String, byte[]> base = Map.of();

    @Override
    public void write(String path, byte[] bytes) {
        files.put(path, bytes);
        changed.add(path);
    }

    /** The bytes written at a path, or null. */
    public byte[] get(String path) {
        return files.get(path);
    }

    public void remove(String path) {
        files.remove(path);
        changed.add(path);
    }

    /** An immutable view of every file written so far; call it from one thread at a time. */
    public synchronized Map<String, byte[]> snapshot() {
        if (changed.size() > Math.max(256, base.size() / 8)) {
            changed.clear();
            base = Map.copyOf(files);
            return base;
        }
        Map<String, byte[]> over = new HashMap<>();
        for (String path : new HashSet<>(changed)) {
            byte[] bytes = files.get(path);
            over.put(path, bytes == null ? REMOVED : bytes);
        }
        return new Layered(base, over);
    }

    /** True for a map {@link #snapshot()} made: it never changes. */
    public static boolean isSnapshot(Map<String, byte[]> map) {
        return map instanceof Layered;
    }

    /** A full copy with changes over it; read-only. */
    private static final class Layered extends AbstractMap<String, byte[]> {
        private final Map<String, byte[]> base;
        private final Map<String, byte[]> over;
        private Set<Entry<String, byte[]>> entries;

        Layered(Map<String, byte[]> base, Map<String, byte[]> over) {
            this.base = base;
            this.over = over;
        }

        @Override
        public byte[] get(Object key) {
            byte[] bytes = over.get(key);
            if (bytes == null) return base.get(key);
            return bytes == REMOVED ? null : bytes;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public synchronized Set<Entry<String, byte[]>> entrySet() {
            if (entries == null) {
                Map<String, byte[]> all = new HashMap<>(base);
                over.forEach((path, bytes) -> {
                    if (bytes == REMOVED) all.remove(path);
                    else all.put(path, bytes);
                });
                entries = Map.copyOf(all).entrySet();
            }
            return entries;
        }
    }
}
