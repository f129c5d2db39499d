package dev.quire.model.redirect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which URLs a published site still answers: its pages, and every URL that one of its redirects
 * (exact or splat) matches. {@code /a/b}, {@code /a/b/} and {@code /a/b/index.html} count as the same URL.
 */
public final class Coverage {

    private final Set<String> pageKeys = new HashSet<>();
    private final Set<String> pages = new TreeSet<>();
    private final Set<String> exactKeys = new HashSet<>();
    private final List<RedirectPattern> patterns = new ArrayList<>();

    /** Pages and redirect sources as served (base path included). */
    public Coverage(Collection<String> pageUrls, Collection<String> redirectSources) {
        for (String url : pageUrls) {
            pages.add(url);
            pageKeys.add(Target.key(url));
        }
        for (String from : redirectSources) {
            if (RedirectPattern.isDynamic(from)) patterns.add(RedirectPattern.of(from));
            else exactKeys.add(Target.key(from));
        }
    }

    public boolean isPage(String url) {
        return pageKeys.contains(Target.key(Target.of(url).path()));
    }

    public boolean isRedirected(String url) {
        String path = Target.of(url).path();
        if (exactKeys.contains(Target.key(path))) return true;
        for (RedirectPattern p : patterns) {
            if (p.match(path).isPresent() || p.match(Target.key(path)).isPresent()) return true;
        }
        return false;
    }

    public boolean covers(String url) {
        return isPage(url) || isRedirected(url);
    }

    /** The page URLs, sorted. */
    public Set<String> pages() {
        return pages;
    }

    /**
     * The surviving page nearest to a removed URL: the same last segment elsewhere (a moved page), else
     * the closest by edit distance, else the deepest surviving folder above it, else the home page.
     */
    public String nearestPage(String url) {
        return NearestPage.of(url, pages);
    }
}
