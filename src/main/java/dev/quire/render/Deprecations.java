package dev.quire.render;

import dev.quire.content.Deprecation;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.model.Page;
import dev.quire.model.Site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages whose frontmatter says {@code deprecated}, read once per build: the banner of each, the
 * list the {@code /deprecations/} page shows (sorted by title), and the problems: a
 * {@code replacement} that is no page is an error at the key, with the nearest page as a hint.
 */
public final class Deprecations {

    /** Where the list of deprecated pages is published, below the site's base path. */
    public static final String PATH = "deprecations/";

    /** By page path: hashing a Page hashes its whole source file. */
    private final Map<String, DeprecationView> byPage = new HashMap<>();
    private final List<DeprecationView> all = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    public Deprecations(Site site, PageLinks links) {
        for (Page page : site.pages()) {
            Deprecation d = page.meta().deprecated();
            if (d == null) continue;
            LinkView replacement = null;
            if (d.replacement() != null) {
                Page target = links.find(d.replacement());
                if (target != null) {
                    replacement = new LinkView(target.title(), target.url());
                } else {
                    Position p = d.position();
                    problems.add(page.file().source().errorAt(p.line(), p.column(), "deprecated.replacement \""
                            + d.replacement() + "\" is no page of this site").withHint(links.hint(d.replacement())));
                }
            }
            DeprecationView view = new DeprecationView(new LinkView(page.title(), page.url()), d.since(), d.message(), replacement);
            byPage.put(page.path(), view);
            all.add(view);
        }
        all.sort(Comparator.comparing((DeprecationView v) -> v.page().title().toLowerCase(Locale.ROOT)).thenComparing(v -> v.page().url()));
    }

    /** The page's deprecation, or null when it is current. */
    public DeprecationView of(Page page) {
        return byPage.get(page.path());
    }

    /** Every deprecated page, by title. */
    public List<DeprecationView> all() {
        return List.copyOf(all);
    }

    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }
}
