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
 * also yields the reading order (previous/next) and each page's breadcrumbs. A tree with a few
 * pages replaced by new versions of themselves ({@link #withPages}, a title or order edit) is made
 * from this one: only the folders above those pages are sorted again, the others are shared.
 */
public final class NavTree {

    /** Sidebar order: {@code sidebar.order}, then label (lower-cased), then key; on items with their keys worked out once. */
    private static final Comparator<Keyed> ORDER = Comparator
            .comparingDouble(Keyed::order)
            .thenComparing(Keyed::label)
            .thenComparing(k -> k.item().key());

    private record Keyed(NavItem item, double order, String label) {
    }

    private final List<NavItem> root;
    private final List<NavItem> sections;
    private final List<Page> readingOrder;
    private final Map<String, Page> folderIndex;
    /** Every folder by key ("" for content/ itself, "a/b/"); none is changed once the tree is made. */
    private final Map<String, Folder> folders;

    private NavTree(Map<String, Folder> folders) {
        this.folders = folders;
        Folder top = folders.get("");
        List<NavItem> rootItems = new ArrayList<>();
        for (Page p : top.pages) if (!p.meta().sidebar().hidden()) rootItems.add(link(p));
        sort(rootItems);
        List<NavItem> sectionItems = new ArrayList<>();
        for (Folder child : top.children.values()) sectionItems.add(child.item);
        sort(sectionItems);
        List<Page> reading = new ArrayList<>();
        if (top.index != null) reading.add(top.index);
        collect(rootItems, reading);
        collect(sectionItems, reading);
        Map<String, Page> indexes = new HashMap<>();
        folders.forEach((k, f) -> { if (f.index != null) indexes.put(k, f.index); });
        this.root = List.copyOf(rootItems);
        this.sections = List.copyOf(sectionItems);
        this.readingOrder = List.copyOf(reading);
        this.folderIndex = Map.copyOf(indexes);
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
        group(folders.get(""), null);
        return new NavTree(folders);
    }

    /**
     * The tree {@link #build} would make of this tree's pages with some replaced by new versions
     * of themselves, keyed by path: the same file at the same path, with other frontmatter. Only the
     * folders above a replaced page are grouped and sorted again; the reading order is collected
     * again. When some page is not in this tree, the tree is built from {@code all}, the new pages.
     */
    public NavTree withPages(Map<String, Page> replaced, List<Page> all) {
        if (replaced.isEmpty()) return this;
        Map<String, Folder> copies = new HashMap<>();
        for (Page p : replaced.values()) {
            String cp = p.file().contentPath();
            String key = Urls.folderOf(cp);
            Folder f = folders.get(key);
            if (f == null) return build(all);
            Folder c = copies.computeIfAbsent(key, k -> f.copy());
            if (Urls.isIndex(cp)) {
                if (c.index == null || !c.index.path().equals(p.path())) return build(all);
                c.index = p;
            } else {
                int i = indexOf(c.pages, p.path());
                if (i < 0) return build(all);
                c.pages.set(i, p);
            }
        }
        for (String key : List.copyOf(copies.keySet())) {
            String k = key;
            while (!k.isEmpty()) {
                k = parentOf(k);
                copies.computeIfAbsent(k, p -> folders.get(p).copy());
            }
        }
        for (Folder c : copies.values()) c.children.replaceAll((k, child) -> copies.getOrDefault(k, child));
        Map<String, Folder> now = new HashMap<>(folders);
        now.putAll(copies);
        group(copies.get(""), copies);
        return new NavTree(now);
    }

    private static int indexOf(List<Page> pages, String path) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).path().equals(path)) return i;
        return -1;
    }

    private static String parentOf(String key) {
        return key.substring(0, key.lastIndexOf('/', key.length() - 2) + 1);
    }

    /** The sidebar's top-level page links (the pages directly in content/, the home page excluded). */
    public List<NavItem> root() {
        return root;
    }

    /** One group per top-level folder. */
    public List<NavItem> sections() {
        return sections;
    }

    /** The pages in sidebar order, the home page first: what previous/next links follow. */
    public List<Page> readingOrder() {
        return readingOrder;
    }

    /** Each folder's index page by folder key ("" for the home page, "a/b/"). */
    public Map<String, Page> folderIndex() {
        return folderIndex;
    }

    private static Folder folder(Map<String, Folder> folders, String key) {
        Folder f = folders.get(key);
        if (f != null) return f;
        f = new Folder(key);
        folders.put(key, f);
        folder(folders, parentOf(key)).children.put(key, f);
        return f;
    }

    /**
     * Makes the group items of a folder's sub-folders, and its own (not for content/ itself); when
     * {@code dirty} is given, only of the folders in it: the others keep their items.
     */
    private static void group(Folder f, Map<String, Folder> dirty) {
        for (Folder child : f.children.values()) if (dirty == null || dirty.get(child.key) == child) group(child, dirty);
        if (!f.key.isEmpty()) f.item = item(f);
    }

    private static NavItem item(Folder f) {
        List<NavItem> items = new ArrayList<>();
        for (Page p : f.pages) if (!p.meta().sidebar().hidden()) items.add(link(p));
        for (Folder child : f.children.values()) items.add(child.item);
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
        return groupKeys(page.file().contentPath());
    }

    /** The folder keys above a content path ("a/", "a/b/" for "a/b/c.mdx"). */
    public static List<String> groupKeys(String cp) {
        List<String> out = new ArrayList<>();
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
        final List<Page> pages;
        /** Sub-folders by key, in the order of their first page. */
        final Map<String, Folder> children;
        /** The folder's group in the sidebar; null for content/ itself. */
        NavItem item;

        Folder(String key) {
            this(key, null, new ArrayList<>(), new LinkedHashMap<>());
        }

        private Folder(String key, Page index, List<Page> pages, Map<String, Folder> children) {
            this.key = key;
            this.index = index;
            this.pages = pages;
            this.children = children;
        }

        Folder copy() {
            return new Folder(key, index, new ArrayList<>(pages), new LinkedHashMap<>(children));
        }
    }
}
