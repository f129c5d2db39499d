package dev.quire.serve;

import java.util.Optional;

/**
 * The site's redirect rules as the dev server applies them: before files, as Cloudflare Pages does
 * (the build's forwarding pages exist for hosts that read no rules).
 */
@FunctionalInterface
public interface RedirectMap {

    /** A redirect answer: the {@code Location} and the status (301, 302, 307 or 308). */
    record Redirect(String location, int status) {
    }

    /** A map without rules. */
    RedirectMap NONE = path -> Optional.empty();

    /** The redirect for a decoded request path ("/old/page/"), if a rule matches. */
    Optional<Redirect> find(String path);
}
