package dev.quire.model;

import dev.quire.config.SiteConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole site as the build sees it after reading content: its settings, its pages (sorted by
 * path), the navigation tree, and the reading order that gives previous/next links.
 */
public final class Site {

    private final SiteConfig config;
    private final List<Page> pages;
    private final Map<String, Page> byPath = new HashMap<>();
    private final NavTree nav;
    /** By page path: a Page's own hash would hash its whole source file and front matter at each look-up. */
    private final Map<String, Integer> readingIndex = new HashMap<>();

    public Site(SiteConfig config, List<Page> pages) {
        this.config = config;
        this.pages = List.copyOf(pages);
        for (Page p : pages) byPath.put(p.path(), p);
        this.nav = NavTree.build(this.pages);
        List<Page> order = nav.readingOrder();
        for (int i = 0; i < order.size(); i++) readingIndex.put(order.get(i).path(), i);
    }

    public SiteConfig config() {
        return config;
    }

    public List<Page> pages() {
        return pages;
    }

    public NavTree nav() {
        return nav;
    }

    /** The page published at a site-relative path ("a/b/"), or null. */
    public Page page(String path) {
        return byPath.get(path);
    }

    public Page previous(Page page) {
        Integer i = readingIndex.get(page.path());
        return i == null || i == 0 ? null : nav.readingOrder().get(i - 1);
    }

    public Page next(Page page) {
        Integer i = readingIndex.get(page.path());
        return i == null || i + 1 >= nav.readingOrder().size() ? null : nav.readingOrder().get(i + 1);
    }

    /** The absolute URL of a site URL when {@code url} is set, else the URL itself. */
    public String permalink(String url) {
        return config.origin() + url;
    }
}
