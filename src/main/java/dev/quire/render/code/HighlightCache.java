package dev.quire.render.code;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.stream.Stream;

/**
 * Rendered code blocks kept between builds, in one file: each keyed by the SHA-256 of the highlighter
 * version, the fence info and the code, so an entry is only ever found for exactly the input it was
 * made from. The version is the hash of Quire's own code (its jar), so a new Quire starts afresh.
 * {@link #save()} keeps only the entries this build used, and a {@code .gitignore} beside the file so
 * that git leaves the cache folder alone; an unreadable file is an empty cache.
 * Thread-safe.
 */
public final class HighlightCache {

    /** A rendered block: its HTML and what rendering could not honour. */
    public record Entry(String html, List<String> warnings) {
    }

    private static final int MAGIC = 0x51484331; // "QHC1"

    private final Path file;
    private final String version;
    private final Map<String, Entry> stored;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();

    private HighlightCache(Path file, String version, Map<String, Entry> stored) {
        this.file = file;
        this.version = version;
        this.stored = stored;
    }

    /** The cache in {@code file}; empty when it is missing, unreadable or from another Quire. */
    public static HighlightCache open(Path file) {
        String version = codeVersion();
        return version == null ? new HighlightCache(null, "", new ConcurrentHashMap<>()) : new HighlightCache(file, version, read(file, version));
    }

    /** The entry for a fence, made by {@code render} when not cached. */
    public Entry get(String info, String code, Supplier<Entry> render) {
        String key = key(info, code);
        Entry entry = used.get(key);
        if (entry != null) return entry;
        entry = stored.get(key);
        if (entry == null) entry = render.get();
        used.put(key, entry);
        return entry;
    }

    /** Writes the entries this build used (and only those), replacing the file at once. */
    public void save() {
        if (file == null) return;
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Path ignore = file.resolveSibling(".gitignore");
            if (!Files.exists(ignore)) Files.writeString(ignore, "# Quire's cache: nothing here belongs in version control.\n*\n");
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), new CRC32C());
            try (DataOutputStream out = new DataOutputStream(checked)) {
                out.writeInt(MAGIC);
                out.writeUTF(version);
                out.writeInt(used.size());
                for (Map.Entry<String, Entry> e : new TreeMap<>(used).entrySet()) {
                    out.writeUTF(e.getKey());
                    writeText(out, e.getValue().html());
                    out.writeInt(e.getValue().warnings().size());
                    for (String w : e.getValue().warnings()) writeText(out, w);
                }
                out.writeLong(checked.getChecksum().getValue());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Entry> read(Path file, String version) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file)) return entries;
        CheckedInputStream checked;
        try (DataInputStream in = new DataInputStream(checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C()))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(version)) return entries;
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                String html = readText(in);
                List<String> warnings = new ArrayList<>();
                for (int w = in.readInt(); w > 0; w--) warnings.add(readText(in));
                entries.put(key, new Entry(html, List.copyOf(warnings)));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) return new ConcurrentHashMap<>();
            return entries;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>();
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) throw new EOFException("highlight cache ends early");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String key(String info, String code) {
        MessageDigest digest = sha256();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(info.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(code.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of the jar (or class folder) this class was loaded from: any change to Quire changes it.
     * Null when the code cannot be read (the cache is then neither read nor written).
     */
    static String codeVersion() {
        try {
            Path code = Path.of(HighlightCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = sha256();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
