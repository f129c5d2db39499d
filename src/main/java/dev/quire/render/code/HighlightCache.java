package dev.quire.render.code;

import dev.quire.config.CodeVersion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Rendered code blocks kept between builds, in a folder of {@value #SHARDS} files: each entry keyed by
 * the SHA-256 of the highlighter version, the fence info and the code, so an entry is only ever found
 * for exactly the input it was made from, and stored in the file its key's first byte names. The
 * version is {@link CodeVersion Quire's own code}, so a new Quire starts afresh. A file is read the
 * first time a block of its share is asked for, and written again only when its entries changed: a
 * rebuild that renders one page reads and writes a few small files, not all the site's code. An
 * unreadable file is an empty share.
 * Thread-safe.
 */
public final class HighlightCache {

    /** A rendered block: its HTML and what rendering could not honour. */
    public record Entry(String html, List<String> warnings) {
    }

    static final int SHARDS = 256;
    /** One digest per thread ({@code digest()} leaves it ready for the next key): looking one up costs more than hashing a block. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(HighlightCache::sha256);
    private static final int MAGIC = 0x51484332; // "QHC2"

    private final Path folder;
    private final String version;
    private final Map<Integer, Map<String, Entry>> stored = new ConcurrentHashMap<>();
    /** Keys of the stored entries this build used. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Entries this build made, by key: where each is in the spill file (or the entry itself when there is no folder). */
    private final Map<String, Object> made = new ConcurrentHashMap<>();
    private final Set<Integer> added = ConcurrentHashMap.newKeySet();
    private Spill spill;

    private HighlightCache(Path folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    /** The cache in {@code folder}; empty when it is missing, unreadable or from another Quire. */
    public static HighlightCache open(Path folder) {
        String version = codeVersion();
        return version == null ? new HighlightCache(null, "") : new HighlightCache(folder, version);
    }

    /** The entry for a fence, made by {@code render} when not cached. */
    public Entry get(String info, String code, Supplier<Entry> render) {
        String key = key(info, code);
        int shard = shardOf(key);
        Entry entry = shard(shard).get(key);
        if (entry != null) {
            used.add(key);
            return entry;
        }
        Object done = made.get(key);
        if (done != null) return done instanceof Entry e ? e : spill().read((Spill.Place) done);
        entry = render.get();
        added.add(shard);
        made.put(key, folder == null ? entry : spill().write(entry));
        return entry;
    }

    /** Writes the entries this build used (and only those). */
    public void save() {
        save(false);
    }

    /**
     * Writes the entries this build used and, with {@code keepUnused}, those of earlier builds too: a
     * build that took pages over from the previous output did not highlight their code, and their
     * entries must stay for the build that renders them again. Only files whose entries change are
     * written, each replaced at once. The entries this build made are read back from the spill file one
     * share at a time.
     */
    public void save(boolean keepUnused) {
        if (folder == null) return;
        Map<Integer, List<String>> madeByShard = new TreeMap<>();
        made.keySet().forEach(key -> madeByShard.computeIfAbsent(shardOf(key), s -> new ArrayList<>()).add(key));
        try {
            Files.createDirectories(folder);
            for (int shard = 0; shard < SHARDS; shard++) {
                // every used key was looked up, so a shard with used entries has been read
                Map<String, Entry> before = stored.get(shard);
                Map<String, Entry> now = new TreeMap<>();
                if (before != null) before.forEach((key, entry) -> {
                    if (used.contains(key)) now.put(key, entry);
                });
                if (keepUnused) {
                    if (!added.contains(shard)) continue;
                    before.forEach(now::putIfAbsent);
                } else if (before == null ? !added.contains(shard) && !Files.exists(file(shard))
                        : !added.contains(shard) && now.keySet().equals(before.keySet())) {
                    continue;
                }
                for (String key : madeByShard.getOrDefault(shard, List.of())) now.put(key, spill().read((Spill.Place) made.get(key)));
                write(shard, now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    /** Removes the spill file; a build that fails calls it instead of {@link #save}. */
    public void close() {
        Spill s;
        synchronized (this) {
            s = spill;
            spill = null;
        }
        if (s != null) s.close();
    }

    private synchronized Spill spill() {
        if (spill == null) spill = Spill.create(folder.resolve("made.spill"));
        return spill;
    }

    private Map<String, Entry> shard(int shard) {
        if (folder == null) return Map.of();
        return stored.computeIfAbsent(shard, s -> read(file(s), version));
    }

    private Path file(int shard) {
        return folder.resolve(String.format("%02x.bin", shard));
    }

    private static int shardOf(String key) {
        return Integer.parseInt(key.substring(0, 2), 16);
    }

    private void write(int shard, Map<String, Entry> entries) throws IOException {
        Path file = file(shard);
        if (entries.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), new CRC32C());
        try (DataOutputStream out = new DataOutputStream(checked)) {
            out.writeInt(MAGIC);
            out.writeUTF(version);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                out.writeUTF(e.getKey());
                writeText(out, e.getValue().html());
                out.writeInt(e.getValue().warnings().size());
                for (String w : e.getValue().warnings()) writeText(out, w);
            }
            out.writeLong(checked.getChecksum().getValue());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    /**
     * The entries a build makes, kept on disk until it saves them rather than in memory (a large site's
     * code is tens of megabytes of HTML): appended by any thread, read back by position. The file is
     * removed when closed (on Linux as soon as it is opened: it has no name while in use), and one left by a
     * build that was killed elsewhere is replaced by the next.
     */
    private static final class Spill {

        /** Where an entry is in the file. */
        record Place(long offset, int length) {
        }

        private final FileChannel channel;
        private final AtomicLong end = new AtomicLong();

        private Spill(FileChannel channel) {
            this.channel = channel;
        }

        static Spill create(Path file) {
            try {
                Files.createDirectories(file.getParent());
                return new Spill(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Place write(Entry entry) {
            byte[] html = entry.html().getBytes(StandardCharsets.UTF_8);
            List<byte[]> warnings = new ArrayList<>();
            int length = 8 + html.length;
            for (String w : entry.warnings()) {
                byte[] bytes = w.getBytes(StandardCharsets.UTF_8);
                warnings.add(bytes);
                length += 4 + bytes.length;
            }
            ByteBuffer buffer = ByteBuffer.allocate(length).putInt(html.length).put(html).putInt(warnings.size());
            for (byte[] w : warnings) buffer.putInt(w.length).put(w);
            long offset = end.getAndAdd(length);
            buffer.flip();
            try {
                for (long at = offset; buffer.hasRemaining(); ) at += channel.write(buffer, at);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Place(offset, length);
        }

        Entry read(Place place) {
            ByteBuffer buffer = ByteBuffer.allocate(place.length());
            try {
                for (long at = place.offset(); buffer.hasRemaining(); ) {
                    int n = channel.read(buffer, at);
                    if (n < 0) throw new EOFException("spill file ends early");
                    at += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.flip();
            String html = text(buffer);
            List<String> warnings = new ArrayList<>();
            for (int n = buffer.getInt(); n > 0; n--) warnings.add(text(buffer));
            return new Entry(html, List.copyOf(warnings));
        }

        private static String text(ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.getInt()];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // the file is gone with the process at the latest, and the next build replaces it
            }
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) throw new EOFException("highlight cache ends early");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String key(String info, String code) {
        MessageDigest digest = DIGESTS.get();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(info.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(code.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Quire's code version ({@link CodeVersion}): any change to Quire changes it; null when unknown. */
    static String codeVersion() {
        return CodeVersion.get();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
