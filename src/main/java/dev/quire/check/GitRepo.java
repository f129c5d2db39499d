package dev.quire.check;

import dev.quire.diag.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the git command line in a folder, with no input, and returns what it printed (used by
 * baselines, quire review and publishing). {@code options} go before every command
 * ({@code --git-dir=…}, {@code --work-tree=…}).
 */
public final class GitRepo {

    private final Path dir;
    private final List<String> options;

    public GitRepo(Path dir, String... options) {
        this.dir = dir;
        this.options = List.of(options);
    }

    /** The outcome of one git run. */
    public record Result(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }

        public List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    public Result run(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(options);
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            return new Result(process.waitFor(), out, err.join());
        } catch (IOException e) {
            throw new UsageException("cannot run git: " + e.getMessage(), "install git and put it on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs git and fails with its error output when it fails. */
    public Result must(String... args) {
        Result r = run(args);
        if (!r.ok()) {
            throw new UsageException("git " + String.join(" ", args) + " failed: " + r.err().strip(),
                    "check the remote and branch, and that you may push to them");
        }
        return r;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
