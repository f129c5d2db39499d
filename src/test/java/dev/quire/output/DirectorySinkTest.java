package dev.quire.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectorySinkTest {

    @TempDir
    Path dir;

    /** Pages render in parallel and write search files into one new folder: none may find it missing. */
    @Test
    void threadsWritingIntoOneNewFolderAllSucceed() throws Exception {
        DirectorySink sink = new DirectorySink(dir);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String path = "search/" + round + "/deep/" + t + ".json";
                    writes.add(pool.submit(() -> {
                        start.await();
                        sink.write(path, "{}".getBytes(StandardCharsets.UTF_8));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> w : writes) w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(200L * threads);
        }
    }

    @Test
    void refusesPathsOutsideTheRoot() {
        DirectorySink sink = new DirectorySink(dir.resolve("out"));
        assertThatThrownBy(() -> sink.write("../x.html", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
