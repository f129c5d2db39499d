package dev.quire.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When each file of {@code content/} was last changed, from git history: one {@code git log} for all
 * files. Empty when the site is not in git, git is missing, or the clone is shallow (its oldest commit
 * would look like the last change of every file, which would mislead readers).
 */
public final class GitDates {

    private GitDates() {
    }

    /**
     * The dates of {@link #of}, read on a thread of its own while the caller goes on: on a long history
     * {@code git log} takes seconds, and the build reads the content and the theme meanwhile.
     */
    public static CompletableFuture<Map<String, String>> start(Path site) {
        return CompletableFuture.supplyAsync(() -> of(site), task -> {
            Thread reader = new Thread(task, "quire-git-dates");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** The date (YYYY-MM-DD, committer date) of the last commit that touched each file, by site path ("content/a.mdx"). */
    public static Map<String, String> of(Path site) {
        String shallow = git(site, "rev-parse", "--is-shallow-repository");
        if (shallow == null || !shallow.strip().equals("false")) return Map.of();
        String log = git(site, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", "content");
        if (log == null) return Map.of();
        Map<String, String> dates = new HashMap<>();
        String date = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("\0")) date = line.substring(1).strip();
            else if (!line.isBlank() && date != null) dates.putIfAbsent(line.strip(), date);
        }
        return Map.copyOf(dates);
    }

    /** The output of git in {@code dir}, or null when it fails or is not installed. */
    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
