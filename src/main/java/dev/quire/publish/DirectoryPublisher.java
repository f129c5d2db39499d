package dev.quire.publish;

import dev.quire.diag.UsageException;
import dev.quire.model.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Publishes to a folder, such as a static web server's root: the build is copied beside it and
 * swapped in with two renames, so the server sees the old site or the new one, never a mix. Only an
 * empty folder or one that Quire published (it holds {@code .quire/manifest.json}) is replaced.
 */
public final class DirectoryPublisher implements Publisher {

    private final Path target;

    public DirectoryPublisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    @Override
    public PublishResult publish(Path output, PublishOptions options) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("cannot publish to " + target + ": it is a file", "pass a folder to --to");
        }
        boolean ours = Files.isRegularFile(target.resolve(RemovalGuard.MANIFEST));
        if (!ours && !TreeDiff.files(target).isEmpty()) {
            throw new UsageException("refusing to publish into " + target + ": it is not empty and was not published by Quire (no "
                    + RemovalGuard.MANIFEST + ")", "empty it yourself, or choose another folder");
        }
        Manifest before = ours ? RemovalGuard.manifestOf(target) : null;
        RemovalGuard.check(before, RemovalGuard.manifestOf(output), target.toString(), options.allowRemovals());
        Changes changes = TreeDiff.between(target, output);
        if (options.dryRun() || changes.isEmpty()) return new PublishResult(changes, false, "");
        swapIn(output);
        return new PublishResult(changes, true, target.toString());
    }

    private void swapIn(Path output) {
        Path staging = target.resolveSibling(".quire-publish-" + target.getFileName());
        Path old = target.resolveSibling(".quire-replaced-" + target.getFileName());
        try {
            Files.createDirectories(target.getParent());
            delete(staging);
            delete(old);
            copy(output, staging);
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : TreeDiff.files(from)) {
            Path dest = to.resolve(file);
            Files.createDirectories(dest.getParent());
            Files.copy(from.resolve(file), dest);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
