package dev.quire.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.quire.config.Checksums;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The files of a search index, below {@code search/}:
 * <ul>
 *   <li>{@code index.json}: the language, its stop words, the deprecated pages and the chunk of each
 *   word prefix;</li>
 *   <li>{@code c/<hash>.json}: one chunk, the words of a prefix ({@code "w": {word: stem number}}) and
 *   each stem's sections ({@code "s"}: flat {@code [page delta, section, weight, …]} by page);</li>
 *   <li>{@code p/<n>.json}: page n's URL, title and sections (heading, anchor, text), for the results.</li>
 * </ul>
 * Chunks start as the two-letter prefixes of words; one larger than {@link #CHUNK_LIMIT} bytes is split
 * by the next letter, so a query fetches the index, one small chunk per word, and the pages it shows.
 */
public final class SearchIndexFiles {

    /** The folder of the index in the site. */
    public static final String DIR = "search/";
    static final int CHUNK_LIMIT = 12_000;
    static final int PREFIX = 2;
    static final int MAX_TEXT = 6_000;
    private static final JsonFactory JSON = new JsonFactory();

    private SearchIndexFiles() {
    }

    /** Every file of the index by its path in the site. */
    public static Map<String, byte[]> of(SearchIndex index) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        write(index, files::put);
        return files;
    }

    /**
     * Hands every file of the index to {@code out} as it is made, {@code index.json} last; the files of pages
     * {@link SearchPage#written written} as they rendered are not made again. Only one chunk is held at a time.
     */
    public static void write(SearchIndex index, BiConsumer<String, byte[]> out) {
        // the version changes with any file; each enters as its checksum summary, not its bytes (a large site's text)
        MessageDigest all = sha();
        BiConsumer<String, byte[]> counted = (path, bytes) -> {
            all.update(Checksums.summary(bytes));
            out.accept(path, bytes);
        };
        Map<String, List<String>> groups = new TreeMap<>();
        index.words().keySet().forEach(w -> groups.computeIfAbsent(prefix(w, PREFIX), k -> new ArrayList<>()).add(w));
        Map<String, String> chunks = new TreeMap<>();
        groups.forEach((key, words) -> split(index, key, words, chunks, counted));
        for (int p = 0; p < index.pages().size(); p++) {
            SearchPage page = index.pages().get(p);
            if (page.written() != null) all.update(page.written());
            else counted.accept(pagePath(p), pageFile(page.url(), page.title(), page.sections()));
        }
        out.accept(DIR + "index.json", manifest(index, chunks, HexFormat.of().formatHex(all.digest()).substring(0, 10)));
    }

    /** The path of the file of the page numbered {@code n} (pages are numbered in URL order). */
    public static String pagePath(int n) {
        return DIR + "p/" + n + ".json";
    }

    /** The file of a page: its URL, title and sections (heading, anchor, text), what a result shows. */
    public static byte[] pageFile(String url, String title, List<SectionText> sections) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("url", url);
            g.writeStringField("title", title);
            g.writeArrayFieldStart("s");
            for (SectionText s : sections) {
                g.writeStartArray();
                g.writeString(s.heading());
                g.writeString(s.anchor());
                g.writeString(s.text().length() > MAX_TEXT ? s.text().substring(0, MAX_TEXT) : s.text());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void split(SearchIndex index, String key, List<String> words, Map<String, String> chunks, BiConsumer<String, byte[]> files) {
        byte[] chunk = chunk(index, words);
        if (chunk.length <= CHUNK_LIMIT || words.stream().allMatch(w -> w.length() <= key.length())) {
            String file = "c/" + HexFormat.of().formatHex(sha().digest(chunk)).substring(0, 12) + ".json";
            chunks.put(key, file);
            files.accept(DIR + file, chunk);
            return;
        }
        Map<String, List<String>> groups = new TreeMap<>();
        int length = key.codePointCount(0, key.length()) + 1;
        for (String w : words) groups.computeIfAbsent(prefix(w, length), k -> new ArrayList<>()).add(w);
        groups.forEach((k, ws) -> split(index, k, ws, chunks, files));
    }

    private static String prefix(String word, int codePoints) {
        int n = word.codePointCount(0, word.length());
        return n <= codePoints ? word : word.substring(0, word.offsetByCodePoints(0, codePoints));
    }

    private static byte[] chunk(SearchIndex index, List<String> words) {
        return json(g -> {
            Map<String, Integer> stems = new LinkedHashMap<>();
            g.writeStartObject();
            g.writeObjectFieldStart("w");
            for (String w : words) {
                g.writeNumberField(w, stems.computeIfAbsent(index.words().get(w), s -> stems.size()));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("s");
            for (String stem : stems.keySet()) {
                g.writeStartArray();
                int last = 0;
                for (SearchIndex.Posting p : index.postings(stem)) {
                    g.writeNumber(p.page() - last);
                    g.writeNumber(p.section());
                    g.writeNumber(p.weight());
                    last = p.page();
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static byte[] manifest(SearchIndex index, Map<String, String> chunks, String version) {
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("format", 1);
            g.writeStringField("version", version);
            g.writeStringField("language", index.analysis().language());
            g.writeNumberField("minLength", PREFIX);
            g.writeArrayFieldStart("stop");
            for (String s : index.analysis().stopWords()) g.writeString(s);
            g.writeEndArray();
            g.writeArrayFieldStart("deprecated");
            for (int p = 0; p < index.pages().size(); p++) if (index.pages().get(p).deprecated()) g.writeNumber(p);
            g.writeEndArray();
            g.writeObjectFieldStart("chunks");
            for (Map.Entry<String, String> e : chunks.entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
