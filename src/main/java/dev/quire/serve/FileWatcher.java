package dev.quire.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's {@code site.yaml} and its folders (content, partials, templates, redirects,
 * static, data) recursively, new folders included, and nothing else (not dist/, not .git/). Events
 * that come close together (an editor saving through a temp file and a rename) are handed over as
 * one batch of site paths ("content/a.mdx"; a folder ends with '/'), on one thread, in order.
 */
public final class FileWatcher implements AutoCloseable {

    /** The top-level names that are watched. */
    public static final List<String> WATCHED = List.of("site.yaml", "content", "partials", "templates", "redirects", "static", "data");
    /** How long the watcher waits for more events before handing a batch over. */
    static final long QUIET_MILLIS = 8;

    private final Path root;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final Thread batcher;

    private FileWatcher(Path root, Consumer<Set<String>> onChange) throws IOException {
        this.root = root;
        this.watcher = DirectoryWatcher.builder().path(root).fileHashing(false)
                .fileTreeVisitor(new SiteFolders()).listener(this::event).build();
        this.batcher = new Thread(() -> batches(onChange), "quire-watch-batches");
        batcher.setDaemon(true);
    }

    /** Starts watching; {@code onChange} gets each batch of changed site paths. */
    public static FileWatcher start(Path site, Consumer<Set<String>> onChange) throws IOException {
        // the real path: events name files under the folder actually watched, so a site reached through a
        // symbolic link would otherwise get events that are not under its root, and no reload
        FileWatcher w = new FileWatcher(site.toRealPath(), onChange);
        w.batcher.start();
        w.watcher.watchAsync(runnable -> {
            Thread t = new Thread(runnable, "quire-watch");
            t.setDaemon(true);
            t.start();
        });
        return w;
    }

    private void event(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            events.add(WATCHED.get(0));
            return;
        }
        if (e.path() == null) return;
        Path p = e.path().toAbsolutePath().normalize();
        if (!p.startsWith(root) || p.equals(root)) return;
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!WATCHED.contains(rel.split("/", 2)[0])) return;
        events.add(e.isDirectory() ? rel + "/" : rel);
    }

    private void batches(Consumer<Set<String>> onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> batch = new LinkedHashSet<>();
                batch.add(events.take());
                String more;
                while ((more = events.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) batch.add(more);
                onChange.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        batcher.interrupt();
    }

    /** Registers the site root and the watched folders below it, never other folders. */
    private final class SiteFolders implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!watched(dir)) return FileVisitResult.SKIP_SUBTREE;
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (watched(file)) onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        private boolean watched(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.equals(root)) return true;
            if (!abs.startsWith(root)) return false;
            return WATCHED.contains(root.relativize(abs).getName(0).toString());
        }
    }
}
