package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code :::type[Custom title]} … {@code :::} aside. Its children are blocks. The type is as written
 * (an unknown one is reported by {@link MdxErrors}); the title is null when none was given.
 */
public final class AsideBlock extends Block {

    private final String type;
    private final String title;
    private final int titleOffset;
    private boolean closed;

    /** Made by the parser; {@code opener} is the {@code :::type[title]} text. */
    public AsideBlock(BasedSequence opener, String type, String title, int titleOffset) {
        super(opener);
        this.type = type;
        this.title = title;
        this.titleOffset = titleOffset;
    }

    /** note, tip, caution or danger (or whatever was written, then reported). */
    public String type() {
        return type;
    }

    /** The bracketed title, or null. */
    public String title() {
        return title;
    }

    /** File offset of the title's first char, or -1. */
    public int titleOffset() {
        return titleOffset;
    }

    /** False when the aside ran to the end of its container without a closing {@code :::}. */
    public boolean closed() {
        return closed;
    }

    /** Made by the parser. */
    public void markClosed() {
        closed = true;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" type:").append(type);
        if (title != null) out.append(" title:").append(title);
    }
}
