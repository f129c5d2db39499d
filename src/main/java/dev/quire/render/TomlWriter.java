package dev.quire.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON object as TOML the way people write {@code wrangler.toml}: a table's plain keys
 * first, then its {@code [tables]} and {@code [[arrays of tables]]}, with basic strings. (Jackson's
 * own TOML writer gives valid but unusual TOML: dotted keys and one-line arrays of inline tables.)
 * Reading TOML is left to the TOML library; this only writes.
 */
final class TomlWriter {

    private TomlWriter() {
    }

    /** @throws IllegalArgumentException for a {@code null}, which TOML cannot say */
    static String write(ObjectNode root) {
        StringBuilder out = new StringBuilder();
        table(out, new ArrayList<>(), root, false);
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> path, ObjectNode node, boolean arrayItem) {
        boolean plain = false;
        boolean nested = false;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (isTable(v) || isTableArray(v)) nested = true;
            else plain = true;
        }
        if (!path.isEmpty() && (arrayItem || plain || !nested)) {
            if (!out.isEmpty()) out.append('\n');
            String name = String.join(".", path.stream().map(TomlWriter::key).toList());
            out.append(arrayItem ? "[[" + name + "]]" : "[" + name + "]").append('\n');
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!isTable(e.getValue()) && !isTableArray(e.getValue())) {
                out.append(key(e.getKey())).append(" = ").append(inline(e.getValue())).append('\n');
            }
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            if (isTable(e.getValue())) {
                table(out, sub, (ObjectNode) e.getValue(), false);
            } else if (isTableArray(e.getValue())) {
                for (JsonNode item : e.getValue()) table(out, sub, (ObjectNode) item, true);
            }
        }
    }

    private static boolean isTable(JsonNode v) {
        return v.isObject();
    }

    private static boolean isTableArray(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) return false;
        for (JsonNode item : v) if (!item.isObject()) return false;
        return true;
    }

    private static String inline(JsonNode v) {
        if (v.isTextual()) return string(v.textValue());
        if (v.isNumber() || v.isBoolean()) return v.asText();
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) items.add(inline(item));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isObject()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) items.add(key(e.getKey()) + " = " + inline(e.getValue()));
            return items.isEmpty() ? "{}" : "{ " + String.join(", ", items) + " }";
        }
        throw new IllegalArgumentException("TOML has no null; leave the key out instead");
    }

    private static String key(String k) {
        return k.matches("[A-Za-z0-9_-]+") ? k : string(k);
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append(String.format("\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
