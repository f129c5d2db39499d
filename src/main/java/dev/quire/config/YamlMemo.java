package dev.quire.config;

import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * YAML documents read before, by their text, so that a build reads a frontmatter that has not changed
 * since the last build without parsing it again (parsing is most of the cost of reading a page). What a
 * text parses to does not depend on its file or its place in the file, so a {@link Parsed} keeps key
 * positions relative to the document's first line and is placed in the file it is used for. Only texts
 * that parsed without error are kept; an error is found again by parsing. Safe for concurrent use.
 */
public final class YamlMemo {

    /**
     * A document read as plain data ({@link YamlData#value()}), with each key's dotted path, its line in
     * the document (0 for the first) and its column (from 1).
     */
    public record Parsed(Object value, List<String> keys, int[] lines, int[] columns) {

        public Parsed {
            keys = List.copyOf(keys);
            if (lines.length != keys.size() || columns.length != keys.size()) {
                throw new IllegalArgumentException("one line and column per key");
            }
        }

        static Parsed of(YamlData data, int firstLine) {
            List<String> keys = new ArrayList<>(data.keyPositions().keySet());
            keys.sort(null);
            int[] lines = new int[keys.size()];
            int[] columns = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Position p = data.keyPositions().get(keys.get(i));
                lines[i] = p.line() - firstLine;
                columns[i] = p.column();
            }
            return new Parsed(copy(data.value()), keys, lines, columns);
        }

        /** The document as {@link YamlReader} reads it when it starts at {@code firstLine} of {@code file}. */
        YamlData in(SourceText file, int firstLine) {
            Map<String, Position> positions = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                positions.put(keys.get(i), new Position(file.path(), firstLine + lines[i], columns[i]));
            }
            return new YamlData(copy(value), positions, file.lineStart(firstLine));
        }
    }

    private final Map<String, Parsed> before;
    private final Map<String, Parsed> used;

    private YamlMemo(Map<String, Parsed> before, Map<String, Parsed> used) {
        this.before = before;
        this.used = used;
    }

    /** A memo that only parses, and keeps nothing. */
    public static YamlMemo none() {
        return new YamlMemo(Map.of(), null);
    }

    /** A memo that knows the documents in {@code before} (by text) and keeps every document it reads. */
    public static YamlMemo of(Map<String, Parsed> before) {
        return new YamlMemo(Map.copyOf(before), new ConcurrentHashMap<>());
    }

    /** Reads {@code yaml}, the text that starts at {@code firstLine} of {@code file}, as {@link YamlReader#read} does. */
    public YamlData read(SourceText file, int firstLine, String yaml) {
        Parsed known = before.get(yaml);
        if (known != null) {
            if (used != null) used.put(yaml, known);
            return known.in(file, firstLine);
        }
        YamlData data = new YamlReader(file, firstLine).read(yaml);
        if (used != null) used.put(yaml, Parsed.of(data, firstLine));
        return data;
    }

    /** The documents read through this memo so far, by text: what the next build will know. */
    public Map<String, Parsed> used() {
        return used == null ? Map.of() : Map.copyOf(used);
    }

    /**
     * A copy of plain data whose maps and lists are new (its scalars are immutable): a page may change the
     * data it was given, and two pages with the same frontmatter share one {@link Parsed}.
     */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> e : map.entrySet()) out.put(e.getKey(), copy(e.getValue()));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(copy(item));
            return out;
        }
        return value;
    }
}
