package dev.quire.partial;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

import java.util.List;
import java.util.Map;

/**
 * A partial's content spliced into a page where {@code <Render>} stood. Its children are the
 * partial's parsed nodes, whose offsets are offsets in the partial's file: {@link #source()} maps
 * them to positions. It keeps the params the partial was rendered with, for {@code {props.x}} in
 * component props, and the chain of files that led to it.
 */
public final class PartialBlock extends Block {

    private final SourceText source;
    private final Map<String, Object> params;
    private final Map<String, String> constants;
    private final List<String> chain;
    private final Position includedAt;

    PartialBlock(BasedSequence renderTag, SourceText source, Map<String, Object> params, Map<String, String> constants,
                 List<String> chain, Position includedAt) {
        super(renderTag);
        this.source = source;
        this.params = params;
        this.constants = constants;
        this.chain = List.copyOf(chain);
        this.includedAt = includedAt;
    }

    /** The partial's file ("partials/relay/provider-setup.mdx"). */
    public SourceText source() {
        return source;
    }

    public Map<String, Object> params() {
        return params;
    }

    public Map<String, String> constants() {
        return constants;
    }

    /** The files from the page to this partial: "content/a.mdx", "partials/x/y.mdx", … */
    public List<String> chain() {
        return chain;
    }

    /** Where the {@code <Render>} that included this partial is written. */
    public Position includedAt() {
        return includedAt;
    }

    /** The nearest partial around a node, or null when the node is page content. */
    public static PartialBlock around(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof PartialBlock p) return p;
        }
        return null;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" partial:").append(source.path());
    }
}
