package dev.quire.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * {@code .quire/hashes.txt}: one line per file a build wrote, {@code CRC32C SIZE PATH} (CRC32C in 8 hex
 * digits), sorted by path. The next build reads it to reuse unchanged files ({@link LinkingSink}): a
 * file whose checksum and size match is a candidate, and it is reused only when its bytes on disk are
 * exactly the new ones, so neither a checksum collision nor a file edited by hand is ever reused.
 * (CRC32C, not a cryptographic hash: the JVM computes it at memory speed even without C2.)
 */
public final class OutputHashes {

    public static final String PATH = ".quire/hashes.txt";

    private final Path root;
    private final Map<String, String> sums;

    private OutputHashes(Path root, Map<String, String> sums) {
        this.root = root;
        this.sums = sums;
    }

    /** The list of a previous output, or an empty one when {@code out} has none or it is unreadable. */
    public static OutputHashes read(Path out) {
        Path list = out.resolve(PATH);
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) return new OutputHashes(out, Map.of());
        try {
            Map<String, String> sums = new HashMap<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                int first = line.indexOf(' ');
                int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
                if (second < 0) return new OutputHashes(out, Map.of());
                sums.put(line.substring(second + 1), line.substring(0, second));
            }
            return new OutputHashes(out, sums);
        } catch (IOException e) {
            return new OutputHashes(out, Map.of());
        }
    }

    /** The output folder the list describes. */
    Path root() {
        return root;
    }

    /** The recorded {@link #sum} of {@code path}, or null. */
    String sum(String path) {
        return sums.get(path);
    }

    /** The previous output's file at {@code path} when it is a regular file holding exactly {@code bytes}. */
    public Optional<Path> unchanged(String path, byte[] bytes, String sum) {
        if (!sum.equals(sums.get(path))) return Optional.empty();
        Path file = root.resolve(path);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            return Arrays.equals(Files.readAllBytes(file), bytes) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The list's text for {@code sums} (output path → {@link #sum}), sorted by path. */
    public static byte[] format(Map<String, String> sums) {
        StringBuilder text = new StringBuilder();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code CRC32C SIZE} of {@code bytes}, as the list records it. */
    public static String sum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(8 - hex.length()) + hex + ' ' + bytes.length;
    }
}
