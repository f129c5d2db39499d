package dev.quire.model.redirect;

import java.util.ArrayList;
import java.util.List;

/**
 * The checked redirects of a site: exact rules first, then the dynamic ones (splats and placeholders),
 * each group in file order, which is the order hosts that read {@code _redirects} expect.
 */
public record Redirects(List<Redirect> exact, List<Redirect> dynamic) {

    public static final Redirects NONE = new Redirects(List.of(), List.of());

    public Redirects {
        exact = List.copyOf(exact);
        dynamic = List.copyOf(dynamic);
    }

    public List<Redirect> all() {
        List<Redirect> all = new ArrayList<>(exact);
        all.addAll(dynamic);
        return all;
    }

    public boolean isEmpty() {
        return exact.isEmpty() && dynamic.isEmpty();
    }
}
