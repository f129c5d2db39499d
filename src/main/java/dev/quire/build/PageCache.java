package dev.quire.build;

import dev.quire.config.CodeVersion;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.Severity;
import dev.quire.output.FileStamp;
import dev.quire.search.PageWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each page of the last successful build produced, kept beside its output (in the cache folder, not
 * published), so that the next build can take an unchanged page over instead of rendering it: the page's
 * {@link PageKeys key}, its warnings, the partials it used, the words of its sections as the search index
 * counts them, the {@link FileStamp stamps} of its output files (its page, its Markdown copy and its search
 * file, whose number may change) and the checksum summary of its search file. A record is only trusted with a matching key and
 * files that are still the ones stamped. The file is written after the output is swapped in, and deleted
 * before, so it never describes another output than the one beside it. An unreadable file, or one from
 * another Quire, is an empty cache.
 */
final class PageCache {

    /**
     * One page's record. {@code files}: output path → stamp; {@code search}: the summary of its search file
     * (among {@code files}), or null when it has none.
     */
    record Entry(byte[] key, List<Diagnostic> diagnostics, Set<String> partials, PageWords words,
                 Map<String, FileStamp> files, byte[] search) {
    }

    static final String FILE = "pages.bin";
    private static final int MAGIC = 0x51504332; // "QPC2"

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
        try (BinaryFile.Reader in = new BinaryFile.Reader(file)) {
            if (in.readInt() != MAGIC || !version.equals(in.readText())) return empty();
            String[] dictionary = new String[in.readInt()];
            for (int i = 0; i < dictionary.length; i++) dictionary[i] = PageWords.canonical(in.readText());
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String url = in.readText();
                byte[] key = in.readBytes(in.readByte());
                List<Diagnostic> diagnostics = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) diagnostics.add(diagnostic(in));
                Set<String> partials = new TreeSet<>();
                for (int i = in.readInt(); i > 0; i--) partials.add(in.readText());
                PageWords words = words(in, dictionary);
                Map<String, FileStamp> files = new LinkedHashMap<>();
                for (int i = in.readInt(); i > 0; i--) files.put(in.readText(), new FileStamp(in.readText(), in.readLong(), in.readText()));
                byte[] search = in.readBoolean() ? in.readBytes(in.readByte()) : null;
                entries.put(url, new Entry(key, List.copyOf(diagnostics), Set.copyOf(partials), words, files, search));
            }
            if (!in.end()) return empty();
            return new PageCache(entries);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Writes the records, replacing the file at once; nothing when Quire cannot tell its own version. */
    void save(Path folder) {
        Path written = write(folder);
        if (written != null) install(written);
    }

    /**
     * Writes the records beside the file, under a name no build reads, and returns that file ({@link #install}
     * puts it in place), or null when Quire cannot tell its own version. A build writes it while its last
     * outputs are made and puts it in place after the swap.
     */
    Path write(Path folder) {
        String version = CodeVersion.get();
        if (version == null) return null;
        Path temp = folder.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(folder);
            try (BinaryFile.Writer out = new BinaryFile.Writer(temp)) {
                out.writeInt(MAGIC);
                out.writeText(version);
                Map<String, Entry> sorted = new TreeMap<>(entries);
                // each page's words by their numbers in the dictionary, made in the one pass that makes the dictionary
                Map<String, Integer> dictionary = new HashMap<>(1 << 16);
                List<String> numbered = new ArrayList<>();
                List<int[]> numbers = new ArrayList<>(sorted.size());
                for (Entry entry : sorted.values()) {
                    String[] words = entry.words().words();
                    int[] ids = new int[words.length];
                    for (int i = 0; i < words.length; i++) {
                        Integer id = dictionary.putIfAbsent(words[i], numbered.size());
                        if (id == null) {
                            ids[i] = numbered.size();
                            numbered.add(words[i]);
                        } else {
                            ids[i] = id;
                        }
                    }
                    numbers.add(ids);
                }
                out.writeInt(numbered.size());
                for (String word : numbered) out.writeText(word);
                out.writeInt(sorted.size());
                int page = 0;
                for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                    Entry entry = e.getValue();
                    out.writeText(e.getKey());
                    out.writeByte(entry.key().length);
                    out.writeBytes(entry.key());
                    out.writeInt(entry.diagnostics().size());
                    for (Diagnostic d : entry.diagnostics()) diagnostic(out, d);
                    out.writeInt(entry.partials().size());
                    for (String p : new TreeSet<>(entry.partials())) out.writeText(p);
                    words(out, entry.words(), numbers.get(page++));
                    out.writeInt(entry.files().size());
                    for (Map.Entry<String, FileStamp> f : entry.files().entrySet()) {
                        out.writeText(f.getKey());
                        out.writeText(f.getValue().sum());
                        out.writeLong(f.getValue().modified());
                        out.writeText(f.getValue().fileKey());
                    }
                    out.writeBoolean(entry.search() != null);
                    if (entry.search() != null) {
                        out.writeByte(entry.search().length);
                        out.writeBytes(entry.search());
                    }
                }
                out.finish();
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a file of {@link #write} in place of the records, at once. */
    static void install(Path written) {
        try {
            Files.move(written, written.resolveSibling(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file of {@link #write} that a failed build will not put in place. */
    static void discard(Path written) {
        try {
            Files.deleteIfExists(written);
        } catch (IOException e) {
            // a leftover is written over by the next build and never read
        }
    }

    /**
     * A page's words as numbers in the file's dictionary of words (a site has far fewer words than pages
     * times words): its sections' lengths and ends, then each word's number ({@code ids}) and count, as runs
     * of ints.
     */
    private static void words(BinaryFile.Writer out, PageWords words, int[] ids) throws IOException {
        int[] lengths = words.lengths();
        int[] ends = words.ends();
        int[] sections = new int[lengths.length * 2];
        for (int s = 0; s < lengths.length; s++) {
            sections[2 * s] = lengths[s];
            sections[2 * s + 1] = ends[s];
        }
        out.writeInt(lengths.length);
        out.writeInts(sections, 0, sections.length);
        int[] counts = words.counts();
        int[] pairs = new int[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            pairs[2 * i] = ids[i];
            pairs[2 * i + 1] = counts[i];
        }
        out.writeInt(ids.length);
        out.writeInts(pairs, 0, pairs.length);
    }

    private static PageWords words(BinaryFile.Reader in, String[] dictionary) throws IOException {
        int[] sections = in.readInts(2 * in.readInt());
        int[] lengths = new int[sections.length / 2];
        int[] ends = new int[sections.length / 2];
        for (int s = 0; s < lengths.length; s++) {
            lengths[s] = sections[2 * s];
            ends[s] = sections[2 * s + 1];
        }
        int[] pairs = in.readInts(2 * in.readInt());
        String[] list = new String[pairs.length / 2];
        int[] counts = new int[pairs.length / 2];
        for (int i = 0; i < list.length; i++) {
            list[i] = dictionary[pairs[2 * i]];
            counts[i] = pairs[2 * i + 1];
        }
        return new PageWords(lengths, ends, list, counts);
    }

    private static void diagnostic(BinaryFile.Writer out, Diagnostic d) throws IOException {
        out.writeByte(d.severity().ordinal());
        Position p = d.position();
        out.writeBoolean(p != null);
        if (p != null) {
            out.writeText(p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
        }
        out.writeText(d.message());
        optional(out, d.excerpt());
        optional(out, d.hint());
        out.writeInt(d.notes().size());
        for (String note : d.notes()) out.writeText(note);
    }

    private static Diagnostic diagnostic(BinaryFile.Reader in) throws IOException {
        Severity severity = Severity.values()[in.readByte()];
        Position position = in.readBoolean() ? new Position(in.readText(), in.readInt(), in.readInt()) : null;
        String message = in.readText();
        String excerpt = optional(in);
        String hint = optional(in);
        List<String> notes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) notes.add(in.readText());
        return new Diagnostic(severity, position, message, excerpt, hint, notes);
    }

    private static void optional(BinaryFile.Writer out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeText(s);
    }

    private static String optional(BinaryFile.Reader in) throws IOException {
        return in.readBoolean() ? in.readText() : null;
    }
}
