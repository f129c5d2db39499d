package dev.quire.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .quire/hashes.txt}: the SHA-256 of every file a build wrote, in {@code sha256sum} format
 * ({@code cd dist && sha256sum -c .quire/hashes.txt} checks an output). The next build reads it to
 * reuse unchanged files ({@link LinkingSink}). A listed file counts as unchanged only while it is not
 * newer than the list, so a file edited by hand after the build is never reused.
 */
public final class OutputHashes {

    public static final String PATH = ".quire/hashes.txt";

    private final Path root;
    private final Map<String, String> hashes;
    private final FileTime written;

    private OutputHashes(Path root, Map<String, String> hashes, FileTime written) {
        this.root = root;
        this.hashes = hashes;
        this.written = written;
    }

    /** The list of a previous output, or an empty one when {@code out} has none or it is unreadable. */
    public static OutputHashes read(Path out) {
        Path list = out.resolve(PATH);
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) return none(out);
        try {
            FileTime written = Files.getLastModifiedTime(list, LinkOption.NOFOLLOW_LINKS);
            Map<String, String> hashes = new HashMap<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap != 64) return none(out);
                hashes.put(line.substring(66), line.substring(0, 64));
            }
            return new OutputHashes(out, hashes, written);
        } catch (IOException e) {
            return none(out);
        }
    }

    private static OutputHashes none(Path out) {
        return new OutputHashes(out, Map.of(), FileTime.fromMillis(0));
    }

    /**
     * The previous output's file at {@code path} when it holds exactly the content of {@code hash}:
     * listed with that hash, a regular file, and not modified since the list was written.
     */
    public Optional<Path> unchanged(String path, String hash) {
        if (!hash.equals(hashes.get(path))) return Optional.empty();
        Path file = root.resolve(path);
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean untouched = attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(written) <= 0;
            return untouched ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The list's text for {@code hashes} (output path → hex SHA-256), sorted by path. */
    public static byte[] format(Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        hashes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
