package dev.quire.content;

import dev.quire.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * What a page's frontmatter says. Keys Quire does not interpret stay available in {@link #raw()}.
 *
 * @param positions where each frontmatter key is written, by dotted path ("sidebar.order")
 * @param head extra head elements, each a map with {@code tag}, {@code attrs} (map) and {@code content}
 */
public record PageMeta(String title, String description, SidebarMeta sidebar, boolean draft, String template,
                       Deprecation deprecated, List<String> tags, List<Map<String, Object>> head,
                       Map<String, Object> raw, Map<String, Position> positions) {

    public PageMeta {
        tags = List.copyOf(tags);
        head = List.copyOf(head);
        raw = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
        positions = Map.copyOf(positions);
    }

    /** The position of a frontmatter key, or null when the key is not written. */
    public Position position(String key) {
        return positions.get(key);
    }
}
