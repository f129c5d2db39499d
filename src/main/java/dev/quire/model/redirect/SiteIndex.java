package dev.quire.model.redirect;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a redirect may lead to: the site's pages and its other files, by site path without the base
 * path ("/a/b/", "/favicon.svg"), each with the source that produces it ("content/a/b.mdx").
 */
public record SiteIndex(Map<String, String> pages, Map<String, String> files) {

    public SiteIndex {
        pages = new TreeMap<>(pages);
        files = new TreeMap<>(files);
    }
}
