package dev.quire.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FileWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aSiteReachedThroughASymbolicLinkIsWatched() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.createDirectories(real.resolve("content"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        LinkedBlockingQueue<Set<String>> batches = new LinkedBlockingQueue<>();
        try (FileWatcher watcher = FileWatcher.start(link, batches::add)) {
            Thread.sleep(500); // let the watcher register its folders
            Files.writeString(link.resolve("content/page.md"), "---\ntitle: P\n---\n");
            Set<String> batch = batches.poll(30, TimeUnit.SECONDS); // a bound on waiting, not a speed check
            assertThat(batch).as("no change reported").isNotNull().contains("content/page.md");
        }
    }
}
