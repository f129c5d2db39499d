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
 */
public final class AtomicOutput {

    public static final String MANIFEST = ".quire/manifest.json";

    private final Path out;
    private final Path staging;

    private AtomicOutput(Path out) {
        this.out = out;
        this.staging = out.resolveSibling(".quire-tmp-" + out.getFileName());
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
        return output;
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return out;
    }

    /** Replaces the output folder with the staged one. */
    public void commit() {
        Path old = out.resolveSibling(".quire-old-" + out.getFileName());
        try {
            deleteTree(old);
            if (Files.exists(out)) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the staged folder away; the output folder is untouched. */
    public void abort() {
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
