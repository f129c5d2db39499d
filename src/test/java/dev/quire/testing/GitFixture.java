package dev.quire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs git in a test folder; identities are set in the repository's own config, never globally. */
public final class GitFixture {

    private GitFixture() {
    }

    public static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("git %s:%n%s", String.join(" ", args), out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** git init with a local identity and main as the first branch. */
    public static void init(Path dir) {
        git(dir, "init", "-q", "-b", "main");
        git(dir, "config", "user.name", "Test Author");
        git(dir, "config", "user.email", "author@example.com");
        git(dir, "config", "commit.gpgsign", "false");
    }

    public static void commitAll(Path dir, String message) {
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", message);
    }
}
