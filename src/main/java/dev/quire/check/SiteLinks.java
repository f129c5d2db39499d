package dev.quire.check;

import dev.quire.model.Manifest;
import dev.quire.model.redirect.RedirectPattern;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a URL path of the built site is, as a browser asking the host would find: a page (with or
 * without its trailing slash or {@code index.html}), a file of the output (static files, images,
 * theme assets; the output folder is what the base path serves), or the source of a redirect.
 */
final class SiteLinks {

    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, String> exactRedirects = new HashMap<>();
    private final List<Manifest.RedirectEntry> patterns;
    private final Path output;
    private final String basePath;

    SiteLinks(Manifest manifest, Path output, String basePath) {
        this.output = output;
        this.basePath = basePath;
        for (Manifest.PageEntry p : manifest.pages()) pages.put(key(p.url()), p.url());
        for (Manifest.RedirectEntry r : manifest.redirects()) {
            if (!RedirectPattern.isDynamic(r.from())) exactRedirects.put(key(r.from()), r.to());
        }
        patterns = manifest.redirects().stream().filter(r -> RedirectPattern.isDynamic(r.from())).toList();
    }

    /** "/a/b/", "/a/b" and "/a/b/index.html" are the same page. */
    static String key(String path) {
        String p = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    /** The URL of the page at a path, or null. */
    String page(String path) {
        return pages.get(key(path));
    }

    /** True when the build wrote a file there, or a folder with an index.html (generated pages such as /deprecations/). */
    boolean isFile(String path) {
        if (!path.startsWith(basePath)) return false;
        Path file = output.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(output)) return false;
        return Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
    }

    /** Where a redirect sends a path ("/new/" or "the redirect /old/* → /new/:splat"), if one matches. */
    Optional<String> redirect(String path) {
        String exact = exactRedirects.get(key(path));
        if (exact != null) return Optional.of(exact);
        for (Manifest.RedirectEntry r : patterns) {
            var match = RedirectPattern.of(r.from()).match(path);
            if (match.isEmpty()) match = RedirectPattern.of(r.from()).match(key(path));
            if (match.isPresent()) return Optional.of(RedirectPattern.expand(r.to(), match.get()));
        }
        return Optional.empty();
    }

    /** Every page URL, for "did you mean". */
    java.util.Collection<String> pageUrls() {
        return pages.values();
    }
}
