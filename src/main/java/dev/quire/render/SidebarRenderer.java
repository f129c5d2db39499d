package dev.quire.render;

import dev.quire.model.NavItem;
import dev.quire.model.NavTree;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.template.HtmlEscaping;
import dev.quire.template.TemplateEngine;

import java.util.ArrayList;
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

    private final Map<String, Marked> byKey = new ConcurrentHashMap<>();
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
        Marked sidebar = whole ? byKey.computeIfAbsent(section, k -> new Marked(render(section, null)))
                : byKey.computeIfAbsent("folder:" + folder, k -> new Marked(render(section, Set.copyOf(NavTree.groupKeys(page)))));
        List<Integer> at = new ArrayList<>();
        List<String> text = new ArrayList<>();
        sidebar.mark(sidebar.links, HtmlEscaping.escaped(page.url()), " aria-current=\"page\"", at, text);
        for (String key : NavTree.groupKeys(page)) sidebar.mark(sidebar.groups, HtmlEscaping.escaped(key), " open", at, text);
        return sidebar.with(at, text);
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

    /**
     * A section's sidebar HTML with, for each link's URL and each group's key, where the tag that
     * starts with {@link #LINK} or {@link #GROUP} and that value ends: a page's mark goes just before
     * that tag's {@code >} (the first such tag; none when it does not end there). Found in one pass,
     * so marking a page costs a copy of the HTML and no search.
     */
    private static final class Marked {
        static final String LINK = "<a class=\"sb-link\" href=\"";
        static final String GROUP = "<details class=\"sb-group\" data-group=\"";

        final String html;
        final Map<String, Integer> links;
        final Map<String, Integer> groups;

        Marked(String html) {
            this.html = html;
            this.links = ends(html, LINK);
            this.groups = ends(html, GROUP);
        }

        /** Each quoted value after {@code prefix} → the offset of the {@code >} after its closing quote, or -1. */
        private static Map<String, Integer> ends(String html, String prefix) {
            Map<String, Integer> out = new HashMap<>();
            for (int at = html.indexOf(prefix); at >= 0; at = html.indexOf(prefix, at + prefix.length())) {
                int start = at + prefix.length();
                int quote = html.indexOf('"', start);
                if (quote < 0) break;
                int end = quote + 1;
                out.putIfAbsent(html.substring(start, quote), end < html.length() && html.charAt(end) == '>' ? end : -1);
            }
            return out;
        }

        void mark(Map<String, Integer> ends, String value, String text, List<Integer> at, List<String> texts) {
            Integer end = ends.get(value);
            if (end == null || end < 0) return;
            int i = 0;
            while (i < at.size() && at.get(i) < end) i++;
            at.add(i, end);
            texts.add(i, text);
        }

        /** The HTML with each text inserted at its offset (offsets ascending). */
        String with(List<Integer> at, List<String> texts) {
            int length = html.length();
            for (String t : texts) length += t.length();
            StringBuilder out = new StringBuilder(length);
            int from = 0;
            for (int i = 0; i < at.size(); i++) {
                out.append(html, from, at.get(i)).append(texts.get(i));
                from = at.get(i);
            }
            return out.append(html, from, html.length()).toString();
        }
    }
}
