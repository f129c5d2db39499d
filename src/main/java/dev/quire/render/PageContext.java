package dev.quire.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Severity;
import dev.quire.diag.SourceText;
import dev.quire.partial.PartialBlock;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the node renderers of one page need besides the node: the page's source file (nodes inside a
 * partial map to the partial's file instead), the page as components see it, its constants, and the
 * list that collects the problems found while rendering, and the counter that numbers the page's
 * components in document order (for ids that are unique on the page and the same in every build).
 * Stored on the flexmark document.
 */
record PageContext(SourceText source, PageRef page, Map<String, String> constants, List<Diagnostic> diagnostics,
                   AtomicInteger components) {

    PageContext(SourceText source, PageRef page, Map<String, String> constants, List<Diagnostic> diagnostics) {
        this(source, page, constants, diagnostics, new AtomicInteger());
    }

    /** The next component number of the page: 1, 2, 3 … in the order components are rendered. */
    int nextComponentNumber() {
        return components.incrementAndGet();
    }

    private static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("QUIRE_PAGE_CONTEXT");

    static PageContext of(Node node) {
        return KEY.get(node.getDocument());
    }

    void attach(Document doc) {
        doc.set(KEY, this);
    }

    /** The file a node comes from: its partial's, or the page's. */
    SourceText sourceOf(Node node) {
        PartialBlock partial = PartialBlock.around(node);
        return partial != null ? partial.source() : source;
    }

    /** A diagnostic at a node's offset in the file it comes from, naming the page that included it. */
    Diagnostic at(Node node, int offset, Severity severity, String message) {
        PartialBlock partial = PartialBlock.around(node);
        SourceText src = partial != null ? partial.source() : source;
        Diagnostic d = severity == Severity.ERROR ? src.error(offset, message) : src.warning(offset, message);
        return partial != null ? d.withNote("included from " + partial.includedAt()) : d;
    }
}
