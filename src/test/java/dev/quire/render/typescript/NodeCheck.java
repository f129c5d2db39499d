package dev.quire.render.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code node --check} on JavaScript as an ES module; skips the test when node is not installed. */
final class NodeCheck {

    private static Boolean available;

    private NodeCheck() {
    }

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    static void assertParses(String javascript) throws IOException, InterruptedException {
        assumeTrue(available(), "node is not installed");
        Path file = Files.createTempFile("quire-erased-", ".mjs");
        try {
            Files.writeString(file, javascript);
            Process p = new ProcessBuilder("node", "--check", file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("node --check says:\n%s\nfor:\n%s", output, javascript).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
