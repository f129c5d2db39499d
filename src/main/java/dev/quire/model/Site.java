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
    /**
     * Each page's place in {@link #pages} by path; shared by the sites made with {@link #withPages},
     * whose pages are in the same places. (By path: a Page's own hash would hash its whole source file.)
     */
    private final Map<String, Integer> byPath;
    private final NavTree nav;
    /** Each page's place in the reading order by path; shared by sites whose reading order has the same paths. */
    private final Map<String, Integer> readingIndex;

    public Site(SiteConfig config, List<Page> pages) {
        this.config = config;
        this.pages = List.copyOf(pages);
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < this.pages.size(); i++) places.put(this.pages.get(i).path(), i);
        this.byPath = places;
        this.nav = NavTree.build(this.pages);
        this.readingIndex = readingIndex(nav.readingOrder());
    }

    private Site(SiteConfig config, List<Page> pages, Map<String, Integer> byPath, NavTree nav, Map<String, Integer> readingIndex) {
        this.config = config;
        this.pages = pages;
        this.byPath = byPath;
        this.nav = nav;
        this.readingIndex = readingIndex;
    }

    private static Map<String, Integer> readingIndex(List<Page> order) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(order.get(i).path(), i);
        return index;
    }

    /**
     * The site {@code new Site(config, pages)} would make of this site's pages with some replaced by
     * new versions of themselves, keyed by path (the same file, other frontmatter or text), in less
     * time: only the navigation above those pages is made again ({@link NavTree#withPages}).
     *
     * @throws IllegalArgumentException when some replacement is at no page's path
     */
    public Site withPages(Map<String, Page> replaced) {
        Page[] now = pages.toArray(new Page[0]);
        replaced.forEach((path, page) -> {
            Integer i = byPath.get(path);
            if (i == null || !page.path().equals(path)) throw new IllegalArgumentException("no page at " + path);
            now[i] = page;
        });
        List<Page> list = List.of(now);
        NavTree tree = nav.withPages(replaced, list);
        return new Site(config, list, byPath, tree, samePaths(nav.readingOrder(), tree.readingOrder()) ? readingIndex : readingIndex(tree.readingOrder()));
    }

    private static boolean samePaths(List<Page> a, List<Page> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).path().equals(b.get(i).path())) return false;
        return true;
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
        Integer i = byPath.get(path);
        return i == null ? null : pages.get(i);
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
