package dev.quire.build;

import dev.quire.config.CodeVersion;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.Severity;
import dev.quire.output.FileStamp;
import dev.quire.render.PageText;
import dev.quire.search.PageWords;
import dev.quire.search.SectionText;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What each page of the last successful build produced, kept beside its output (in the cache folder, not
 * published), so that the next build can take an unchanged page over instead of rendering it: the page's
 * {@link PageKeys key}, its warnings, the partials it used, its text (search sections and Markdown copy),
 * the words of its sections as the search index counts them, and the {@link FileStamp stamps} of its output files. A record is only trusted with a matching key and
 * files that are still the ones stamped. The file is written after the output is swapped in, and deleted
 * before, so it never describes another output than the one beside it. An unreadable file, or one from
 * another Quire, is an empty cache.
 */
final class PageCache {

    /** One page's record. {@code files}: output path → stamp. */
    record Entry(byte[] key, List<Diagnostic> diagnostics, Set<String> partials, PageText text, PageWords words,
                 Map<String, FileStamp> files) {
    }

    static final String FILE = "pages.bin";
    private static final int MAGIC = 0x51504331; // "QPC1"

    private final Map<String, Entry> entries;

    private PageCache(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static PageCache empty() {
        return new PageCache(new ConcurrentHashMap<>());
    }

    /** The page's record, or null. */
    Entry get(String url) {
        return entries.get(url);
    }

    void put(String url, Entry entry) {
        entries.put(url, entry);
    }

    int size() {
        return entries.size();
    }

    /** Removes the file: done before the output it describes is replaced. */
    static void delete(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageCache read(Path folder) {
        Path file = folder.resolve(FILE);
        String version = CodeVersion.get();
        if (version == null || !Files.isRegularFile(file)) return empty();
        CheckedInputStream checked;
        try (DataInputStream in = new DataInputStream(checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C()))) {
            if (in.readInt() != MAGIC || !version.equals(text(in))) return empty();
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String url = text(in);
                byte[] key = in.readNBytes(in.readUnsignedByte());
                List<Diagnostic> diagnostics = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) diagnostics.add(diagnostic(in));
                Set<String> partials = new TreeSet<>();
                for (int i = in.readInt(); i > 0; i--) partials.add(text(in));
                List<SectionText> sections = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) sections.add(new SectionText(optional(in), optional(in), optional(in)));
                String markdown = text(in);
                PageWords words = words(in);
                Map<String, FileStamp> files = new LinkedHashMap<>();
                for (int i = in.readInt(); i > 0; i--) files.put(text(in), new FileStamp(text(in), in.readLong(), text(in)));
                entries.put(url, new Entry(key, List.copyOf(diagnostics), Set.copyOf(partials), new PageText(sections, markdown), words, files));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) return empty();
            return new PageCache(entries);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Writes the records, replacing the file at once; nothing when Quire cannot tell its own version. */
    void save(Path folder) {
        String version = CodeVersion.get();
        if (version == null) return;
        Path file = folder.resolve(FILE);
        Path temp = folder.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(folder);
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), new CRC32C());
            try (DataOutputStream out = new DataOutputStream(checked)) {
                out.writeInt(MAGIC);
                text(out, version);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                    Entry entry = e.getValue();
                    text(out, e.getKey());
                    out.writeByte(entry.key().length);
                    out.write(entry.key());
                    out.writeInt(entry.diagnostics().size());
                    for (Diagnostic d : entry.diagnostics()) diagnostic(out, d);
                    out.writeInt(entry.partials().size());
                    for (String p : new TreeSet<>(entry.partials())) text(out, p);
                    out.writeInt(entry.text().sections().size());
                    for (SectionText s : entry.text().sections()) {
                        optional(out, s.heading());
                        optional(out, s.anchor());
                        optional(out, s.text());
                    }
                    text(out, entry.text().markdown());
                    words(out, entry.words());
                    out.writeInt(entry.files().size());
                    for (Map.Entry<String, FileStamp> f : entry.files().entrySet()) {
                        text(out, f.getKey());
                        text(out, f.getValue().sum());
                        out.writeLong(f.getValue().modified());
                        text(out, f.getValue().fileKey());
                    }
                }
                out.writeLong(checked.getChecksum().getValue());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void words(DataOutputStream out, PageWords words) throws IOException {
        int[] lengths = words.lengths();
        int[] ends = words.ends();
        out.writeInt(lengths.length);
        for (int s = 0; s < lengths.length; s++) {
            out.writeInt(lengths[s]);
            out.writeInt(ends[s]);
        }
        String[] list = words.words();
        int[] counts = words.counts();
        out.writeInt(list.length);
        for (int i = 0; i < list.length; i++) {
            text(out, list[i]);
            out.writeInt(counts[i]);
        }
    }

    private static PageWords words(DataInputStream in) throws IOException {
        int sections = in.readInt();
        int[] lengths = new int[sections];
        int[] ends = new int[sections];
        for (int s = 0; s < sections; s++) {
            lengths[s] = in.readInt();
            ends[s] = in.readInt();
        }
        int n = in.readInt();
        String[] list = new String[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            list[i] = text(in);
            counts[i] = in.readInt();
        }
        return new PageWords(lengths, ends, list, counts);
    }

    private static void diagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        out.writeByte(d.severity().ordinal());
        Position p = d.position();
        out.writeBoolean(p != null);
        if (p != null) {
            text(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
        }
        text(out, d.message());
        optional(out, d.excerpt());
        optional(out, d.hint());
        out.writeInt(d.notes().size());
        for (String note : d.notes()) text(out, note);
    }

    private static Diagnostic diagnostic(DataInputStream in) throws IOException {
        Severity severity = Severity.values()[in.readUnsignedByte()];
        Position position = in.readBoolean() ? new Position(text(in), in.readInt(), in.readInt()) : null;
        String message = text(in);
        String excerpt = optional(in);
        String hint = optional(in);
        List<String> notes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) notes.add(text(in));
        return new Diagnostic(severity, position, message, excerpt, hint, notes);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void optional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) text(out, s);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) throw new IOException("negative length");
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) throw new EOFException("page cache ends early");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? text(in) : null;
    }
}
