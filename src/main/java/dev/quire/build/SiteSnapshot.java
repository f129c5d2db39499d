package dev.quire.build;

import dev.quire.diag.Diagnostic;
import dev.quire.output.MemorySink;

import java.util.List;
import java.util.Map;

/**
 * One complete state of a site built in memory, never changed once made: the dev server answers
 * each request from one snapshot, and a rebuild publishes a new one at once.
 *
 * @param basePath   the URL prefix of the site ("/" or "/docs/")
 * @param files      output path ("guide/index.html") → bytes, the last good version of each file
 * @param pageErrors output path → the errors of the page that should be there; the page shows them
 *                   instead of its last good version
 * @param siteErrors errors that concern every page (site.yaml, data files, a layout): every page shows them
 * @param redirects  the site's redirect rules, for paths no file answers
 */
public record SiteSnapshot(String basePath, Map<String, byte[]> files, Map<String, List<Diagnostic>> pageErrors,
                           List<Diagnostic> siteErrors, RedirectLookup redirects) {

    public SiteSnapshot {
        files = MemorySink.isSnapshot(files) ? files : Map.copyOf(files);
        pageErrors = Map.copyOf(pageErrors);
        siteErrors = List.copyOf(siteErrors);
    }

    /** The errors to show instead of the file at an output path: the site's, else the page's, else none. */
    public List<Diagnostic> errorsAt(String outputPath) {
        if (!siteErrors.isEmpty() && outputPath.endsWith(".html")) return siteErrors;
        return pageErrors.getOrDefault(outputPath, List.of());
    }
}
