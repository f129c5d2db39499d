package dev.quire.check;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.model.redirect.Coverage;

import java.util.Comparator;

/**
 * Fails when a page of the baseline is gone and no redirect, exact or splat, covers its URL. Each
 * such URL is named with a redirect line to add: to the page git saw it renamed to, else to the
 * nearest surviving page by path.
 */
public final class RemovedPagesCheck implements Check {

    private final Baseline baseline;

    public RemovedPagesCheck(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public String name() {
        return "removed pages";
    }

    @Override
    public void run(CheckContext context, Diagnostics diagnostics) {
        Coverage now = context.manifest().coverage();
        for (Baseline.Entry page : baseline.pages().stream().sorted(Comparator.comparing(Baseline.Entry::url)).toList()) {
            if (now.covers(page.url())) continue;
            diagnostics.add(removed(page, now, context.basePath()));
        }
    }

    private Diagnostic removed(Baseline.Entry page, Coverage now, String basePath) {
        String renamed = baseline.renames().get(page.url());
        boolean rename = renamed != null && now.isPage(renamed);
        String target = rename ? renamed : now.nearestPage(page.url());
        String message = page.url() + " was published at " + baseline.description() + " but is gone, and no redirect covers it";
        Diagnostic d = Diagnostic.error(page.position(), message);
        String line = local(page.url(), basePath) + " " + (target == null ? "/NEW-PATH/" : local(target, basePath)) + " 301";
        d = d.withHint((rename ? "git saw it renamed; add" : "add") + " this line to a file in redirects/: " + line);
        return page.source() == null ? d : d.withNote("it was built from " + page.source());
    }

    /** A URL as redirects/*.txt write it: without the base path. */
    private static String local(String url, String basePath) {
        return url.startsWith(basePath) ? "/" + url.substring(basePath.length()) : url;
    }
}
