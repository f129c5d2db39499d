package dev.quire.output;

import dev.quire.model.Site;
import dev.quire.model.redirect.Redirect;
import dev.quire.model.redirect.Redirects;
import dev.quire.model.redirect.RedirectsFile;
import dev.quire.template.TemplateEngine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code _redirects} at the output root (read by Cloudflare Pages and Netlify), and for every exact
 * source an HTML page from {@code redirect.html.peb} that forwards with a meta refresh, for hosts
 * that do not read {@code _redirects}. A source with a file extension other than {@code .html}
 * ({@code /feed.xml}) gets no forwarding page, since a browser would not read it as HTML.
 */
public final class RedirectsOutput {

    public static final String FILE = "_redirects";
    static final String TEMPLATE = "redirect.html.peb";

    /** What the forwarding template sees as {@code redirect}. */
    public record StubView(String from, String to, String permalink, int status) {
    }

    private RedirectsOutput() {
    }

    public static void write(Redirects redirects, Site site, Object siteView, TemplateEngine templates, OutputSink sink) {
        if (redirects.isEmpty()) return;
        sink.write(FILE, RedirectsFile.render(redirects));
        String basePath = site.config().basePath();
        Set<String> written = new HashSet<>();
        for (Redirect r : redirects.exact()) {
            String file = stubFile(r.from().substring(basePath.length()));
            if (file == null || !written.add(file)) continue;
            String permalink = r.to().contains("://") ? r.to() : site.permalink(r.to());
            StubView view = new StubView(r.from(), r.to(), permalink, r.status());
            sink.write(file, templates.render(TEMPLATE, Map.of("site", siteView, "redirect", view)));
        }
    }

    /** The forwarding pages the exact rules get (output paths), for a rebuild to drop those no longer wanted. */
    public static java.util.Set<String> stubFiles(Redirects redirects, String basePath) {
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (Redirect r : redirects.exact()) {
            String file = stubFile(r.from().substring(basePath.length()));
            if (file != null) files.add(file);
        }
        return files;
    }

    /** The output file of a source below the base path: "old/index.html" for "old/" and "old", or null. */
    static String stubFile(String path) {
        if (path.isEmpty() || path.endsWith("/")) return path + "index.html";
        if (path.endsWith(".html")) return path;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? null : path + "/index.html";
    }
}
