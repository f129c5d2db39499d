package dev.quire.model.redirect;

import dev.quire.diag.Suggestions;

import java.util.Collection;

/** Suggests where a removed URL should lead, from the pages that survive. */
final class NearestPage {

    private NearestPage() {
    }

    static String of(String url, Collection<String> pages) {
        if (pages.isEmpty()) return null;
        String last = lastSegment(url);
        if (!last.isEmpty()) {
            for (String page : pages) if (lastSegment(page).equals(last)) return page;
        }
        var close = Suggestions.nearest(url, pages);
        if (close.isPresent()) return close.get();
        String key = Target.key(url);
        for (int slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
            String parent = key.substring(0, slash + 1);
            for (String page : pages) if (Target.key(page).equals(Target.key(parent))) return page;
        }
        return pages.contains("/") ? "/" : pages.iterator().next();
    }

    private static String lastSegment(String url) {
        String key = Target.key(url);
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
