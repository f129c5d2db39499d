package dev.quire.output;

import dev.quire.diag.UsageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build writes into a fresh folder beside {@code --out} and swaps it in only when it succeeded, so
 * a failed build leaves the previous output as it was. The output folder must be empty, absent, or a
 * previous Quire output (it holds {@code .quire/manifest.json}); Quire never replaces anything else.
 * Beside the output is its cache folder, {@code .quire-cache-<name>}, where builds keep what they reuse
 * (with a {@code .gitignore}, so that git leaves it alone). The replaced output is moved aside into it,
 * to {@code old-output}, and removed by the next build, in the background while that build works: removing tens of thousands of files is slow disk work, and most of
 * them are hard links to the files of the new output anyway (see {@link LinkingSink}), so they take no
 * room of their own.
 */
public final class AtomicOutput {

    public static final String MANIFEST = ".quire/manifest.json";
    private static final String IGNORE_ALL = "# Quire's cache: nothing here belongs in version control.\n*\n";

    private final Path out;
    private final Path staging;
    private final Path cache;
    private final Path old;
    private Thread sweeper;

    private AtomicOutput(Path out) {
        this.out = out;
        this.staging = out.resolveSibling(".quire-tmp-" + out.getFileName());
        this.cache = out.resolveSibling(".quire-cache-" + out.getFileName());
        this.old = cache.resolve("old-output");
    }

    /** Checks that {@code out} may be replaced and prepares an empty staging folder beside it. */
    public static AtomicOutput prepare(Path siteDir, Path out, List<String> protectedFolders) {
        Path target = out.toAbsolutePath().normalize();
        Path site = siteDir.toAbsolutePath().normalize();
        if (site.startsWith(target)) {
            throw refuse(target, "it contains the site itself", "choose an output folder such as " + site.resolve("dist"));
        }
        for (String folder : protectedFolders) {
            if (target.startsWith(site.resolve(folder))) {
                throw refuse(target, "it is inside the site's " + folder + "/ folder", "choose an output folder such as " + site.resolve("dist"));
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refuse(target, "it is a file", "pass a folder to --out");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
            throw refuse(target, "it is not empty and was not written by Quire (no " + MANIFEST + ")",
                    "empty it yourself, or choose another --out folder");
        }
        AtomicOutput output = new AtomicOutput(target);
        try {
            deleteTree(output.staging);
            Files.createDirectories(output.staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output.sweepOld();
        return output;
    }

    /** Starts removing the output a previous build replaced; {@link #commit} waits for it. */
    private void sweepOld() {
        if (!Files.exists(old)) return;
        sweeper = new Thread(() -> {
            try {
                deleteTree(old);
            } catch (IOException | UncheckedIOException e) {
                // commit() tries again, and reports what still fails
            }
        }, "quire-sweep-old-output");
        sweeper.start();
    }

    private void awaitSweep() {
        if (sweeper == null) return;
        try {
            sweeper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while removing " + old, e);
        }
        sweeper = null;
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return out;
    }

    /** The folder beside the output where builds keep their caches; made with its {@code .gitignore} when missing. */
    public Path cacheFolder() {
        try {
            Files.createDirectories(cache);
            Path ignore = cache.resolve(".gitignore");
            if (!Files.exists(ignore)) Files.writeString(ignore, IGNORE_ALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cache;
    }

    /** Replaces the output folder with the staged one; the replaced one is moved aside, for the next build to remove. */
    public void commit() {
        awaitSweep();
        try {
            deleteTree(old);
            if (Files.exists(out)) Files.move(out, cacheFolder().resolve(old.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the staged folder away; the output folder is untouched. */
    public void abort() {
        awaitSweep();
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static UsageException refuse(Path out, String why, String hint) {
        return new UsageException("refusing to write the site into " + out + ": " + why, hint);
    }
}
