package dev.quire.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Changed site paths sorted by {@link ChangeKind}. A folder (created, deleted or renamed as a whole,
 * which a watcher reports as one event) stands for every file below it, on disk now or known from
 * the last build, so that moving {@code content/guide/} is a set of page changes.
 */
final class ChangeSet {

    private final Map<ChangeKind, Set<String>> byKind = new EnumMap<>(ChangeKind.class);

    private ChangeSet() {
    }

    /**
     * @param paths changed paths relative to the site folder; a folder may end with '/'
     * @param known the files the last build read or wrote from, as site paths
     */
    static ChangeSet of(Path source, Collection<String> paths, Supplier<Collection<String>> known) {
        ChangeSet set = new ChangeSet();
        for (String raw : paths) {
            String path = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
            Path file = source.resolve(path);
            boolean folder = raw.endsWith("/") || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                    || (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && known.get().stream().anyMatch(k -> k.startsWith(path + "/")));
            if (!folder) {
                set.add(path);
                continue;
            }
            for (String k : known.get()) if (k.startsWith(path + "/")) set.add(k);
            for (String f : filesBelow(source, path)) set.add(f);
        }
        return set;
    }

    private void add(String path) {
        ChangeKind kind = ChangeKind.of(path);
        if (kind != ChangeKind.NONE) byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(path);
    }

    Set<ChangeKind> kinds() {
        return byKind.keySet();
    }

    boolean has(ChangeKind kind) {
        return byKind.containsKey(kind);
    }

    Set<String> paths(ChangeKind kind) {
        return byKind.getOrDefault(kind, Set.of());
    }

    private static Set<String> filesBelow(Path source, String folder) {
        Set<String> out = new TreeSet<>();
        Path dir = source.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> out.add(source.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
