package dev.quire.render;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Reads of flexmark sequences that are one stretch of the page's string, straight from that string:
 * flexmark reads its sequences one checked character at a time (and turns a NUL into U+FFFD, so a
 * stretch holding one is read the slow way). Other sequences are read as flexmark reads them.
 */
final class PageChars {

    private PageChars() {
    }

    /** The same as {@code chars.toString()}. */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            String s = base.substring(sub.getStartOffset(), sub.getEndOffset());
            if (s.indexOf('\0') < 0) return s;
        }
        return chars.toString();
    }

    /** Whether {@code chars} holds {@code c} (not NUL). */
    static boolean contains(BasedSequence chars, char c) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            int at = base.indexOf(c, sub.getStartOffset());
            return at >= 0 && at < sub.getEndOffset();
        }
        return chars.indexOf(c) >= 0;
    }
}
