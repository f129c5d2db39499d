package dev.quire.render;

import dev.quire.diag.Suggestions;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;

import java.util.List;

/**
 * Finds the page that content names: a URL ({@code /api/rest/}, with or without the slashes or the
 * site's base path) or a content file ({@code api/rest.mdx}, {@code content/api/rest.mdx}); a
 * {@code #fragment} or {@code ?query} is ignored. Lookups are a map access.
 */
public final class PageLinks {

    private final Site site;
    /** Every page's URL, sorted, for hints: made on the first one (a site without mistakes needs none). */
    private volatile List<String> urls;

    public PageLinks(Site site) {
        this.site = site;
    }

    /** The page {@code ref} names, or null. */
    public Page find(String ref) {
        String p = ref.trim();
        int cut = indexOfAny(p, '#', '?');
        if (cut >= 0) p = p.substring(0, cut);
        if (p.contains("://")) return null;
        String base = site.config().basePath();
        if (!base.equals("/") && p.startsWith(base)) p = p.substring(base.length() - 1);
        while (p.startsWith("/")) p = p.substring(1);
        if (p.startsWith("content/")) p = p.substring("content/".length());
        if (p.endsWith(".mdx") || p.endsWith(".md")) p = Urls.pathOf(p);
        else if (!p.isEmpty() && !p.endsWith("/")) p = p + "/";
        return site.page(p);
    }

    /** "did you mean /api/rest/?" for a ref that names no page, or a pointer to the pages. */
    public String hint(String ref) {
        List<String> urls = this.urls;
        if (urls == null) this.urls = urls = site.pages().stream().map(Page::url).sorted().toList();
        return Suggestions.nearest(ref, urls).map(u -> "did you mean " + u + "? ").orElse("")
                + "write the URL of a page of this site, such as " + (urls.isEmpty() ? "/" : urls.get(Math.min(1, urls.size() - 1)));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
