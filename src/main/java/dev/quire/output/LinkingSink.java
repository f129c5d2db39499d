package dev.quire.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a staging folder, reusing the previous output: a file whose content is unchanged (the same
 * checksum in the previous {@link OutputHashes}, and the same bytes on disk) is hard-linked from there instead of written, which
 * spares the disk most of a rebuild's writes. The result is byte for byte what a clean build writes,
 * {@code .quire/hashes.txt} included. Where links are not possible (another file system), it writes.
 */
public final class LinkingSink implements OutputSink {

    private final DirectorySink staging;
    private final OutputHashes previous;
    private final Map<String, String> sums = new ConcurrentHashMap<>();
    private volatile boolean linksWork = true;

    public LinkingSink(Path staging, OutputHashes previous) {
        this.staging = new DirectorySink(staging);
        this.previous = previous;
    }

    @Override
    public void write(String path, byte[] bytes) {
        boolean listable = listable(path);
        String sum = listable ? OutputHashes.sum(bytes) : "";
        if (listable) sums.put(path, sum);
        Optional<Path> old = listable && linksWork ? previous.unchanged(path, bytes, sum) : Optional.empty();
        try {
            Path target = staging.prepare(path);
            if (old.isPresent() && link(target, old.get())) return;
            writeNew(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the previous output's file at {@code path} over without its bytes: linked when it is still the
     * file {@code stamp} describes (a build recorded it, and it was not touched since). False when it is
     * not, or links are not possible; the caller then makes the file anew.
     */
    public boolean reuse(String path, FileStamp stamp) {
        return reuse(path, path, stamp);
    }

    /** The same, for a file that moves: the previous output's file at {@code from} becomes this output's {@code to}. */
    public boolean reuse(String from, String to, FileStamp stamp) {
        if (!linksWork || !listable(from) || !listable(to)) return false;
        Path old = previous.root().resolve(from);
        if (!stamp.sum().equals(previous.sum(from)) || !stamp.matches(old)) return false;
        try {
            if (!link(staging.prepare(to), old)) return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sums.put(to, stamp.sum());
        return true;
    }

    /** The stamp of a file this sink wrote or linked, for a later build's {@link #reuse}; empty when unknown. */
    public Optional<FileStamp> stamp(String path) {
        String sum = sums.get(path);
        if (sum == null) return Optional.empty();
        try {
            return FileStamp.of(staging.prepare(path), sum);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code .quire/hashes.txt} can list the path (one line each). */
    private static boolean listable(String path) {
        return path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
    }

    /** Writes a new file; one written before is unlinked first, never overwritten, as it may be a link into the previous output. */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private boolean link(Path target, Path old) throws IOException {
        try {
            Files.createLink(target, old);
            return true;
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            return link(target, old);
        } catch (IOException | UnsupportedOperationException e) {
            linksWork = false;
            return false;
        }
    }

    /** Writes {@code .quire/hashes.txt}, the list the next build reuses files by; call it last. */
    public void finish() {
        try {
            writeNew(staging.prepare(OutputHashes.PATH), OutputHashes.format(sums));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
