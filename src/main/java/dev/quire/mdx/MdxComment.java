package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A JSX comment {@code {/* … *\/}}, in text or on its own lines. It renders as nothing. */
public final class MdxComment extends Node {

    /** Made by the parser; chars include the braces. */
    public MdxComment(BasedSequence chars) {
        super(chars);
    }

    /** The comment text, trimmed, without the braces and comment markers. */
    public String text() {
        String s = getChars().toString().trim();
        if (s.startsWith("{")) s = s.substring(1, Math.max(1, s.length() - 1)).trim();
        if (s.startsWith("/*") && s.endsWith("*/") && s.length() >= 4) s = s.substring(2, s.length() - 2);
        return s.trim();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
