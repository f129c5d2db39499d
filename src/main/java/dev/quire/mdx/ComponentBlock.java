package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * A component standing on its own lines: {@code <Tabs>} … {@code </Tabs>} or {@code <Render … />}.
 * Its children are blocks (paragraphs, lists, fences, asides, other components). Its chars run from the
 * opening tag to the end of the closing tag.
 */
public final class ComponentBlock extends Block implements MdxComponent {

    private final ComponentTag tag;

    /** Made by the parser; {@code openTag} is the text of the opening tag. */
    public ComponentBlock(BasedSequence openTag, String name, int nameOffset, List<Prop> props, boolean selfClosing) {
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
