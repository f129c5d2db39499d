package dev.quire.content;

import dev.quire.config.YamlData;
import dev.quire.config.YamlMemo;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page's frontmatter into {@link PageMeta}. Keys Quire does not know are kept, never an
 * error (real content carries many); a known key with the wrong type is an error at its line.
 */
public final class FrontMatterReader {

    private final SourceText file;
    private final YamlData yaml;
    private final Diagnostics diagnostics;

    private FrontMatterReader(SourceText file, YamlData yaml, Diagnostics diagnostics) {
        this.file = file;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    /** Reads the frontmatter of a page; {@code requireTitle} is false for partials. */
    public static PageMeta read(SourceText file, FrontMatter fm, boolean requireTitle, Diagnostics diagnostics) {
        return read(file, fm, requireTitle, diagnostics, YamlMemo.none());
    }

    /** The same, with the YAML read through {@code memo}. */
    public static PageMeta read(SourceText file, FrontMatter fm, boolean requireTitle, Diagnostics diagnostics, YamlMemo memo) {
        YamlData yaml = memo.read(file, fm.yamlLine(), fm.yaml());
        if (yaml.value() != null && !(yaml.value() instanceof Map)) {
            diagnostics.add(file.errorAt(fm.yamlLine(), 1, "frontmatter must be a mapping (key: value lines)"));
        }
        return new FrontMatterReader(file, yaml, diagnostics).meta(requireTitle);
    }

    private PageMeta meta(boolean requireTitle) {
        Map<String, Object> m = yaml.asMap();
        String title = string(m, "title");
        if (requireTitle && (title == null || title.isBlank())) {
            diagnostics.add(file.errorAt(1, 1, "page has no title")
                    .withHint("add `title: …` to the frontmatter between the --- lines at the top"));
        }
        bool(m, "search"); // search: false leaves the page out of the search index, which reads it from raw
        Map<String, Object> sidebar = map(m, "sidebar");
        SidebarMeta sb = new SidebarMeta(number(sidebar, "sidebar.order"), string(sidebar, "sidebar.label"),
                badge(sidebar.get("badge")), Boolean.TRUE.equals(bool(sidebar, "sidebar.hidden")));
        return new PageMeta(title == null ? "" : title, string(m, "description"), sb,
                Boolean.TRUE.equals(bool(m, "draft")), string(m, "template"), deprecation(m.get("deprecated")),
                stringList(m, "tags"), head(m.get("head")), m, yaml.keyPositions());
    }

    private Badge badge(Object value) {
        if (value == null) return null;
        if (value instanceof String s) return new Badge(s, "default");
        if (value instanceof Map<?, ?> map && map.get("text") instanceof String text) {
            Object variant = map.get("variant");
            String v = variant instanceof String s ? s : "default";
            if (!Badge.VARIANTS.contains(v)) {
                warn("sidebar.badge.variant", "unknown badge variant '" + v + "'",
                        "use one of " + String.join(", ", Badge.VARIANTS));
                v = "default";
            }
            return new Badge(text, v);
        }
        return wrong("sidebar.badge", "text, or {text, variant}");
    }

    private Deprecation deprecation(Object value) {
        Position at = yaml.positionOf("deprecated");
        if (value == null || Boolean.FALSE.equals(value)) return null;
        if (Boolean.TRUE.equals(value)) return new Deprecation(null, null, null, at);
        if (value instanceof String s) return new Deprecation(null, s, null, at);
        if (value instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) raw;
            return new Deprecation(string(map, "deprecated.since"), string(map, "deprecated.message"),
                    string(map, "deprecated.replacement"), yaml.positionOf("deprecated.replacement"));
        }
        return wrong("deprecated", "true, or {since, message, replacement}");
    }

    private List<Map<String, Object>> head(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value == null) return out;
        if (!(value instanceof List<?> list)) return wrong("head", "a list of {tag, attrs, content}");
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("tag") instanceof String tag && tag.matches("[a-z]+")) {
                Map<String, Object> el = new LinkedHashMap<>();
                el.put("tag", tag);
                el.put("attrs", map.get("attrs") instanceof Map<?, ?> a ? a : Map.of());
                el.put("content", map.get("content") == null ? null : String.valueOf(map.get("content")));
                out.add(el);
            } else {
                return wrong("head", "a list of {tag, attrs, content}");
            }
        }
        return out;
    }

    private String string(Map<String, Object> m, String path) {
        Object o = m.get(leaf(path));
        if (o == null || o instanceof String) return (String) o;
        if (o instanceof Number || o instanceof Boolean) return String.valueOf(o);
        return wrong(path, "text");
    }

    private Double number(Map<String, Object> m, String path) {
        Object o = m.get(leaf(path));
        if (o == null) return null;
        if (o instanceof Number n) return n.doubleValue();
        return wrong(path, "a number");
    }

    private Boolean bool(Map<String, Object> m, String path) {
        Object o = m.get(leaf(path));
        if (o == null || o instanceof Boolean) return (Boolean) o;
        return wrong(path, "true or false");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Map<String, Object> m, String path) {
        Object o = m.get(leaf(path));
        if (o == null) return Map.of();
        if (o instanceof Map<?, ?> map) return (Map<String, Object>) map;
        wrong(path, "a mapping");
        return Map.of();
    }

    private List<String> stringList(Map<String, Object> m, String path) {
        Object o = m.get(leaf(path));
        if (o == null) return List.of();
        if (o instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        if (o instanceof String s) return List.of(s);
        return wrong(path, "a list of text");
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private <T> T wrong(String path, String expected) {
        Position p = yaml.positionOf(path);
        diagnostics.add(file.errorAt(p.line(), p.column(), "'" + path + "' must be " + expected));
        return null;
    }

    private void warn(String path, String message, String hint) {
        Position p = yaml.positionOf(path);
        Diagnostic d = file.warningAt(p.line(), p.column(), message);
        diagnostics.add(d.withHint(hint));
    }
}
