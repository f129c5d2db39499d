package dev.quire.check;

import dev.quire.config.SiteConfig;

import java.net.URI;
import java.util.List;

/**
 * Which links are this site's: a path on the site's own host under its base path and, when
 * {@code check.scope} lists paths, under one of them. Anything else belongs to another site.
 */
final class LinkScope {

    private final String origin;
    private final String basePath;
    private final List<String> scope;

    LinkScope(SiteConfig config) {
        this.origin = config.origin();
        this.basePath = config.basePath();
        this.scope = config.check().scope().stream().map(p -> basePath + p.substring(1)).toList();
    }

    /**
     * The absolute URL of a link to another site (only its path when the site sets no {@code url}), or
     * null for a link into this one. {@code uri} is resolved against the placeholder host {@code site.invalid}.
     */
    String absolute(URI uri) {
        String host = uri.getHost();
        if (!"site.invalid".equals(host)) {
            String text = uri.toString();
            if (origin.isEmpty() || !text.startsWith(origin + "/")) return text;
            return inside(text.substring(origin.length())) ? null : text;
        }
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (inside(path)) return null;
        return origin + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private boolean inside(String path) {
        String p = path.endsWith("/") ? path : path + "/";
        if (!p.startsWith(basePath)) return false;
        return scope.isEmpty() || scope.stream().anyMatch(p::startsWith);
    }
}
