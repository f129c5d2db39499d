package dev.quire.mdx.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines made only of component tags and {@code {…}} expressions, as the block parser found them. Its
 * children are the tokens; {@link ComponentNester} dissolves it into its parent.
 */
public final class FlowBlock extends Block {

    final List<Problem> problems = new ArrayList<>();

    FlowBlock(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
