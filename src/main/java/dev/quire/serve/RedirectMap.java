package dev.quire.serve;

import java.util.Optional;

/**
 * Where the dev server sends a request that no file answers: the site's redirect rules. The
 * redirect parser hands its rules over through this interface; until a site has rules, {@link #NONE}.
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
