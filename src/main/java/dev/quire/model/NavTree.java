package dev.quire.model;

import dev.quire.content.Badge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sidebar as the content tree: folders are groups labelled by their index page (or the folder
 * name), entries sorted by {@code sidebar.order}, then label. Built once per build in linear time;
 * also yields the reading order (previous/next) and each page's breadcrumbs.
 *
 * @param root     the pages directly in content/ (the home page excluded)
 * @param sections one group per top-level folder
 */
public record NavTree(List<NavItem> root, List<NavItem> sections, List<Page> readingOrder,
                      Map<String, Page> folderIndex) {

    /** Sidebar order: {@code sidebar.order}, then label (lower-cased), then key; on items with their keys worked out once. */
    private static final Comparator<Keyed> ORDER = Comparator
            .comparingDouble(Keyed::order)
            .thenComparing(Keyed::label)
            .thenComparing(k -> k.item().key());

    private record Keyed(NavItem item, double order, String label) {
    }

    public static NavTree build(List<Page> pages) {
        Map<String, Folder> folders = new HashMap<>();
        folders.put("", new Folder(""));
        for (Page page : pages) {
            String folder = Urls.folderOf(page.file().contentPath());
            Folder f = folder(folders, folder);
            if (Urls.isIndex(page.file().contentPath())) f.index = page;
            else f.pages.add(page);
        }
        Folder top = folders.get("");
        List<NavItem> root = new ArrayList<>();
        for (Page p : top.pages) if (!p.meta().sidebar().hidden()) root.add(link(p));
        sort(root);
        List<NavItem> sections = new ArrayList<>();
        for (Folder child : top.children.values()) sections.add(group(child));
        sort(sections);
        List<Page> reading = new ArrayList<>();
        if (top.index != null) reading.add(top.index);
        collect(root, reading);
        collect(sections, reading);
        Map<String, Page> indexes = new HashMap<>();
        folders.forEach((k, f) -> { if (f.index != null) indexes.put(k, f.index); });
        return new NavTree(List.copyOf(root), List.copyOf(sections), List.copyOf(reading), Map.copyOf(indexes));
    }

    private static Folder folder(Map<String, Folder> folders, String key) {
        Folder f = folders.get(key);
        if (f != null) return f;
        f = new Folder(key);
        folders.put(key, f);
        String parent = key.substring(0, key.lastIndexOf('/', key.length() - 2) + 1);
        folder(folders, parent).children.put(key, f);
        return f;
    }

    private static NavItem group(Folder f) {
        List<NavItem> items = new ArrayList<>();
        for (Page p : f.pages) if (!p.meta().sidebar().hidden()) items.add(link(p));
        for (Folder child : f.children.values()) items.add(group(child));
        sort(items);
        String name = f.key.substring(f.key.lastIndexOf('/', f.key.length() - 2) + 1, f.key.length() - 1);
        Page index = f.index;
        boolean linked = index != null && !index.meta().sidebar().hidden();
        return new NavItem(index != null ? index.label() : name, linked ? index.url() : null,
                index == null ? null : badge(index), true, f.key, items, index,
                index != null && index.meta().deprecated() != null);
    }

    private static NavItem link(Page p) {
        return new NavItem(p.label(), p.url(), badge(p), false, p.path(), List.of(), p, p.meta().deprecated() != null);
    }

    private static Badge badge(Page p) {
        Badge b = p.meta().sidebar().badge();
        if (b == null && p.meta().deprecated() != null) return new Badge("Deprecated", "caution");
        return b;
    }

    /** Sorts in {@link #ORDER}, stably, as {@code List.sort} would. */
    private static void sort(List<NavItem> items) {
        if (items.size() < 2) return;
        Keyed[] keyed = new Keyed[items.size()];
        for (int i = 0; i < keyed.length; i++) {
            NavItem item = items.get(i);
            keyed[i] = new Keyed(item, order(item), item.label().toLowerCase(Locale.ROOT));
        }
        Arrays.sort(keyed, ORDER);
        for (int i = 0; i < keyed.length; i++) items.set(i, keyed[i].item());
    }

    private static double order(NavItem item) {
        Double o = item.page() == null ? null : item.page().meta().sidebar().order();
        return o == null ? Double.MAX_VALUE : o;
    }

    private static void collect(List<NavItem> items, List<Page> out) {
        for (NavItem item : items) {
            if (item.page() != null && item.url() != null) out.add(item.page());
            collect(item.items(), out);
        }
    }

    /** The index pages of the folders above a page, from the top: its breadcrumbs (home excluded). */
    public List<Page> ancestors(Page page) {
        List<Page> out = new ArrayList<>();
        String cp = page.file().contentPath();
        String own = Urls.isIndex(cp) ? Urls.folderOf(cp) : null;
        int from = 0;
        int slash;
        while ((slash = cp.indexOf('/', from)) >= 0) {
            String key = cp.substring(0, slash + 1);
            Page index = folderIndex.get(key);
            if (index != null && !key.equals(own)) out.add(index);
            from = slash + 1;
        }
        return out;
    }

    /** The folder keys above a page ("a/", "a/b/"): the groups to open in its sidebar. */
    public static List<String> groupKeys(Page page) {
        List<String> out = new ArrayList<>();
        String cp = page.file().contentPath();
        int slash;
        int from = 0;
        while ((slash = cp.indexOf('/', from)) >= 0) {
            out.add(cp.substring(0, slash + 1));
            from = slash + 1;
        }
        return out;
    }

    private static final class Folder {
        final String key;
        Page index;
        final List<Page> pages = new ArrayList<>();
        final Map<String, Folder> children = new LinkedHashMap<>();

        Folder(String key) {
            this.key = key;
        }
    }
}
