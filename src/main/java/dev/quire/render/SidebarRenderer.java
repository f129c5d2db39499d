package dev.quire.render;

import dev.quire.model.NavItem;
import dev.quire.model.NavTree;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.template.TemplateEngine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sidebar: {@code sidebar.peb} renders the tree of one top-level section (the other sections
 * appear as one link each), once per section; each page then gets that HTML with its own link
 * marked {@code aria-current="page"} and its folders open, by insertion at known markers. So the
 * work per page is a copy of its section's sidebar, never a walk of the whole site.
 */
public final class SidebarRenderer {

    private final TemplateEngine templates;
    private final Site site;
    private final SiteView siteView;
    private final Map<String, String> bySection = new ConcurrentHashMap<>();

    public SidebarRenderer(TemplateEngine templates, Site site, SiteView siteView) {
        this.templates = templates;
        this.site = site;
        this.siteView = siteView;
    }

    /** The sidebar of a page's section, with the page marked. */
    public String forPage(Page page) {
        String html = bySection.computeIfAbsent(page.sectionKey(), this::render);
        StringBuilder out = new StringBuilder(html);
        insertBefore(out, "<a class=\"sb-link\" href=\"" + Html.escape(page.url()) + "\"", " aria-current=\"page\"");
        for (String key : NavTree.groupKeys(page)) {
            insertBefore(out, "<details class=\"sb-group\" data-group=\"" + Html.escape(key) + "\"", " open");
        }
        return out.toString();
    }

    private String render(String sectionKey) {
        Map<String, Object> context = new HashMap<>();
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
