package dev.quire.build;

import dev.quire.config.CodeVersion;
import dev.quire.config.YamlMemo;

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
import java.util.TreeMap;

/**
 * The pages' frontmatter as the last successful build parsed it ({@link YamlMemo}), kept in the cache
 * folder as {@code yaml.bin}: a rebuild parses only the frontmatter that changed. An entry is its exact
 * text, so it is never stale; a file from another Quire, or one that cannot be read, is an empty memo.
 */
final class YamlCache {

    static final String FILE = "yaml.bin";
    private static final int MAGIC = 0x51594d31; // "QYM1"

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int INTEGER = 2;
    private static final int DECIMAL = 3;
    private static final int FALSE = 4;
    private static final int TRUE = 5;
    private static final int LIST = 6;
    private static final int MAP = 7;
    /** Deeper data is not kept (its text is parsed again); YAML this deep is no frontmatter. */
    private static final int MAX_DEPTH = 64;

    private YamlCache() {
    }

    /** A memo that knows the documents of the file in {@code folder}, if any. */
    static YamlMemo read(Path folder) {
        return YamlMemo.of(documents(folder));
    }

    static Map<String, YamlMemo.Parsed> documents(Path folder) {
        Path file = folder.resolve(FILE);
        String version = CodeVersion.get();
        if (version == null || !Files.isRegularFile(file)) return Map.of();
        try (BinaryFile.Reader in = new BinaryFile.Reader(file)) {
            if (in.readInt() != MAGIC || !version.equals(in.readText())) return Map.of();
            int count = in.readInt();
            Map<String, YamlMemo.Parsed> documents = new HashMap<>(Math.max(16, count * 2));
            for (int n = 0; n < count; n++) {
                String text = in.readText();
                Object value = value(in, 0);
                int keys = in.readInt();
                List<String> names = new ArrayList<>(keys);
                for (int i = 0; i < keys; i++) names.add(in.readText());
                documents.put(text, new YamlMemo.Parsed(value, names, in.readInts(keys), in.readInts(keys)));
            }
            return in.end() ? documents : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Writes the documents {@code memo} read, replacing the file at once; nothing when Quire cannot tell its own version. */
    static void save(Path folder, YamlMemo memo) {
        String version = CodeVersion.get();
        if (version == null) return;
        Path temp = folder.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(folder);
            Map<String, YamlMemo.Parsed> documents = new TreeMap<>(memo.used());
            documents.values().removeIf(d -> depth(d.value()) > MAX_DEPTH);
            try (BinaryFile.Writer out = new BinaryFile.Writer(temp)) {
                out.writeInt(MAGIC);
                out.writeText(version);
                out.writeInt(documents.size());
                for (Map.Entry<String, YamlMemo.Parsed> e : documents.entrySet()) {
                    YamlMemo.Parsed d = e.getValue();
                    out.writeText(e.getKey());
                    value(out, d.value());
                    out.writeInt(d.keys().size());
                    for (String key : d.keys()) out.writeText(key);
                    out.writeInts(d.lines(), 0, d.lines().length);
                    out.writeInts(d.columns(), 0, d.columns().length);
                }
                out.finish();
            }
            Files.move(temp, temp.resolveSibling(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(BinaryFile.Writer out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(TEXT);
            out.writeText(s);
        } else if (value instanceof Long l) {
            out.writeByte(INTEGER);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DECIMAL);
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) value(out, item);
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeText((String) e.getKey());
                value(out, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("not plain data: " + value.getClass().getName());
        }
    }

    private static Object value(BinaryFile.Reader in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("data too deep");
        int kind = in.readByte();
        switch (kind) {
            case NULL:
                return null;
            case TEXT:
                return in.readText();
            case INTEGER:
                return in.readLong();
            case DECIMAL:
                return Double.longBitsToDouble(in.readLong());
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case LIST: {
                int n = length(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value(in, depth + 1));
                return list;
            }
            case MAP: {
                int n = length(in);
                Map<String, Object> map = new LinkedHashMap<>(Math.max(4, n * 2));
                for (int i = 0; i < n; i++) map.put(in.readText(), value(in, depth + 1));
                return map;
            }
            default:
                throw new IOException("unknown value kind " + kind);
        }
    }

    private static int length(BinaryFile.Reader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) throw new IOException("bad length: " + n);
        return n;
    }

    private static int depth(Object value) {
        int deepest = 0;
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) deepest = Math.max(deepest, depth(v) + 1);
        } else if (value instanceof List<?> list) {
            for (Object v : list) deepest = Math.max(deepest, depth(v) + 1);
        }
        return deepest;
    }
}
