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

    /** The same as {@code out.append(chars)}, copying a stretch of the page's string at once. */
    static StringBuilder appendTo(StringBuilder out, BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            int from = out.length();
            out.append(base, sub.getStartOffset(), sub.getEndOffset());
            // as flexmark reads them; the search ends with what was just appended
            for (int i = out.indexOf("\0", from); i >= 0; i = out.indexOf("\0", i + 1)) out.setCharAt(i, '\uFFFD');
            return out;
        }
        return out.append(chars);
    }

    /** Whether {@code chars} holds {@code c} (not NUL). */
    static boolean contains(BasedSequence chars, char c) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            // not base.indexOf(c, start): where c is missing, that reads on to the end of the page
            for (int i = sub.getStartOffset(), end = sub.getEndOffset(); i < end; i++) if (base.charAt(i) == c) return true;
            return false;
        }
        return chars.indexOf(c) >= 0;
    }
}
