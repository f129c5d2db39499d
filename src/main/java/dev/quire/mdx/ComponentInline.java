package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * A component inside a paragraph or heading: {@code <Badge text="beta" />}, or
 * {@code <GlossaryTooltip term="x">word</GlossaryTooltip>} whose children are inline nodes.
 */
public final class ComponentInline extends Node implements MdxComponent {

    private final ComponentTag tag;

    /** Made by the parser; {@code openTag} is the text of the opening tag. */
    public ComponentInline(BasedSequence openTag, String name, int nameOffset, List<Prop> props, boolean selfClosing) {
        super(openTag);
        this.tag = new ComponentTag(name, nameOffset, props, selfClosing, openTag.getEndOffset());
    }

    /** Made by the parser: records the closing tag and widens the chars to include it. */
    public void close(BasedSequence closingTag) {
        tag.closeTagStart = closingTag.getStartOffset();
        setChars(getChars().baseSubSequence(getStartOffset(), closingTag.getEndOffset()));
    }

    @Override public String name() { return tag.name; }
    @Override public int nameOffset() { return tag.nameOffset; }
    @Override public List<Prop> props() { return tag.props; }
    @Override public boolean selfClosing() { return tag.selfClosing; }
    @Override public int openTagEnd() { return tag.openTagEnd; }
    @Override public int closeTagStart() { return tag.closeTagStart; }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        tag.astExtra(out);
    }
}
