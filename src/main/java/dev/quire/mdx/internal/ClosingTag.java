package dev.quire.mdx.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code </Name>} marker; {@link ComponentNester} matches it to its opening tag and removes it. */
public final class ClosingTag extends Node {

    private final String name;

    ClosingTag(BasedSequence chars, String name) {
        super(chars);
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
