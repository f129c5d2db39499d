package dev.quire.build;

import dev.quire.model.redirect.Redirect;
import dev.quire.model.redirect.RedirectPattern;
import dev.quire.model.redirect.Redirects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's redirects as the dev server answers them, the way hosts read {@code _redirects}: an
 * exact rule first, then the splat and placeholder rules in file order.
 */
public final class RedirectLookup {

    /** Where a path redirects to, and with which status. */
    public record Answer(String location, int status) {
    }

    public static final RedirectLookup NONE = new RedirectLookup(Redirects.NONE);

    private final Map<String, Redirect> exact = new HashMap<>();
    private final List<Map.Entry<RedirectPattern, Redirect>> dynamic = new ArrayList<>();

    RedirectLookup(Redirects redirects) {
        for (Redirect r : redirects.exact()) exact.putIfAbsent(r.from(), r);
        for (Redirect r : redirects.dynamic()) dynamic.add(Map.entry(RedirectPattern.of(r.from()), r));
    }

    /** The redirect of a request path ("/old/page/"), if a rule matches it. */
    public Optional<Answer> find(String path) {
        Redirect r = exact.get(path);
        if (r != null) return Optional.of(new Answer(r.to(), r.status()));
        for (Map.Entry<RedirectPattern, Redirect> d : dynamic) {
            Optional<Map<String, String>> captures = d.getKey().match(path);
            if (captures.isPresent()) {
                return Optional.of(new Answer(RedirectPattern.expand(d.getValue().to(), captures.get()), d.getValue().status()));
            }
        }
        return Optional.empty();
    }
}
