package dev.quire.build;

import dev.quire.diag.Diagnostic;

import java.util.List;
import java.util.Set;

/**
 * What one rebuild of {@link IncrementalBuild} did.
 *
 * @param changedUrls    the URLs whose answer changed (pages re-rendered to other bytes, pages that
 *                       gained or lost an error, removed pages, static files); open pages among them reload
 * @param everything     true when the whole site was rebuilt (site.yaml, a data file, or a template that
 *                       component templates load changed)
 * @param pagesRendered  pages whose body was rendered again
 * @param layoutsRendered pages whose layout alone was rendered again, around their kept body (navigation changes)
 * @param kinds          the kinds of change that were applied
 * @param diagnostics    every problem found by this rebuild, sorted
 * @param millis         wall time of the rebuild
 */
public record Rebuild(Set<String> changedUrls, boolean everything, int pagesRendered, int layoutsRendered,
                      Set<ChangeKind> kinds, List<Diagnostic> diagnostics, long millis) {

    public Rebuild {
        changedUrls = Set.copyOf(changedUrls);
        kinds = Set.copyOf(kinds);
        diagnostics = List.copyOf(diagnostics);
    }
}
