package dev.quire.render;

import dev.quire.model.NavItem;
import dev.quire.model.NavTree;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.template.TemplateEngine;

import dev.quire.model.Urls;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sidebar: {@code sidebar.peb} renders the tree of one top-level section (the other sections
 * appear as one link each), once per section; each page then gets that HTML with its own link
 * marked {@code aria-current="page"} and its folders open, by insertion at known markers. So the
 * work per page is a copy of its section's sidebar, never a walk of the whole site.
 * <p>
 * A section of more than {@link #FULL_TREE_LIMIT} entries would make every page of it carry that
 * many links, so output would grow with the square of the section. There the tree lists only the
 * folders on the page's own path, and the other folders as one link each: it is rendered once per
 * folder, and a page's sidebar is bounded by the size of its folders, not of its section.
 */
public final class SidebarRenderer {

    private final TemplateEngine templates;
    private final Site site;
    private final SiteView siteView;
    /** The most entries a section may have for its whole tree to be shown on each of its pages. */
    public static final int FULL_TREE_LIMIT = 150;

    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    public SidebarRenderer(TemplateEngine templates, Site site, SiteView siteView) {
        this.templates = templates;
        this.site = site;
        this.siteView = siteView;
    }

    /** The sidebar of a page's section, with the page marked. */
    public String forPage(Page page) {
        String section = page.sectionKey();
        boolean whole = section.isEmpty() || sizes.computeIfAbsent(section, this::size) <= FULL_TREE_LIMIT;
        String folder = Urls.folderOf(page.file().contentPath());
        String html = whole ? byKey.computeIfAbsent(section, k -> render(section, null))
                : byKey.computeIfAbsent("folder:" + folder, k -> render(section, Set.copyOf(NavTree.groupKeys(page))));
        StringBuilder out = new StringBuilder(html);
        insertBefore(out, "<a class=\"sb-link\" href=\"" + Html.escape(page.url()) + "\"", " aria-current=\"page\"");
        for (String key : NavTree.groupKeys(page)) {
            insertBefore(out, "<details class=\"sb-group\" data-group=\"" + Html.escape(key) + "\"", " open");
        }
        return out.toString();
    }

    /** The sidebar of a page outside every section (404, deprecations): root pages and one link per section. */
    public String topLevel() {
        return render("", null);
    }

    private int size(String sectionKey) {
        for (NavItem s : site.nav().sections()) if (s.key().equals(sectionKey)) return count(s.items());
        return 0;
    }

    private static int count(List<NavItem> items) {
        int n = items.size();
        for (NavItem i : items) n += count(i.items());
        return n;
    }

    private String render(String sectionKey, Set<String> expand) {
        Map<String, Object> context = new HashMap<>();
        context.put("expand", expand);
        context.put("site", siteView);
        context.put("root", site.nav().root());
        context.put("sections", site.nav().sections());
        context.put("current", sectionKey.isEmpty() ? null : sectionKey);
        return templates.render("sidebar.peb", context);
    }

    /** Inserts {@code text} just before the {@code >} that closes the tag starting with {@code marker}. */
    private static void insertBefore(StringBuilder html, String marker, String text) {
        int at = html.indexOf(marker);
        if (at < 0) return;
        int end = at + marker.length();
        if (end < html.length() && html.charAt(end) == '>') html.insert(end, text);
    }

}
