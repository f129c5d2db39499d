package dev.quire.render;

import dev.quire.model.Page;

import java.util.Map;

/** What a component template sees as {@code page}: the page that uses it (not its rendered layout). */
public record PageRef(String title, String description, String url, String source, Map<String, Object> meta) {

    public static PageRef of(Page page) {
        return new PageRef(page.title(), page.meta().description(), page.url(), page.sitePath(), page.meta().raw());
    }
}
