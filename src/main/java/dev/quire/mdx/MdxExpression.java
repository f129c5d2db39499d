package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code {…}} expression in text (inline) or on its own line (then a child of a block container).
 * The value is a {@link PropRef} ({@code {props.name}}) or a {@link ConstRef} ({@code {name}}) for
 * the renderer to substitute; any other expression has a null value and is reported by
 * {@link MdxErrors}. Its chars include the braces.
 */
public final class MdxExpression extends Node {

    private final Object value;

    /** Made by the parser. */
    public MdxExpression(BasedSequence chars, Object value) {
        super(chars);
        this.value = value;
    }

    /** A {@link PropRef}, a {@link ConstRef}, or null for an unsupported expression. */
    public Object value() {
        return value;
    }

    /** The source between the braces. */
    public String source() {
        BasedSequence c = getChars();
        return c.length() >= 2 ? c.subSequence(1, c.length() - 1).toString() : c.toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" value:").append(value);
    }
}
