package dev.quire.render;

import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Markdown copy, written line by line: a prefix for the lines of the current block
 * ({@code "> "} in a quote, spaces in a list item), blank lines between blocks that are never doubled,
 * preformatted text (code) kept as given. Spaces at the start of a line are dropped except in
 * preformatted text, so that the source's indentation does not leak into the copy. Blank lines in
 * the finished text are at most two in a row, and one at the end.
 *
 * <p>These are the rules of flexmark's {@code LineAppendableImpl} as its Markdown formatter uses it
 * (leading whitespace trimmed, no leading blank line, preformatted lines prefixed), kept exactly so
 * that the copy reads as it did, without its per-character sequence tracking.
 */
final class MarkdownLines {

    private static final String[] NO_PREFIXES = new String[0];

    /** Finished lines up to the last one with text. */
    private final StringBuilder out = new StringBuilder();
    /** Finished lines after the last one with text: written once it is known whether text follows. */
    private final List<String> tail = new ArrayList<>();
    /** Which entries of {@link #tail} are blank lines (limited in a row), the others are written as they are. */
    private final List<Boolean> tailBlank = new ArrayList<>();
    /** The current line's text, without its prefix. */
    private final StringBuilder line = new StringBuilder();
    private boolean allWhitespace = true;

    private String prefix = "";
    private String prefixAfterEol = "";
    private String[] prefixStack = NO_PREFIXES;
    private int prefixDepth;
    private boolean trimLeading = true;

    private int lines;
    private boolean lastBlankText;
    private int lastTextLength;

    private int preNesting;
    private int preFirstLine = -1;
    private int preLastLine = -1;

    /** Appends text; each {@code \n} ends a line. */
    MarkdownLines append(CharSequence text) {
        // read once as a string: a flexmark sequence reads one checked character at a time
        CharSequence s = text instanceof BasedSequence b ? PageChars.string(b) : text;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                eol();
                i++;
                continue;
            }
            if (allWhitespace) {
                if (c == ' ') {
                    if (preNesting > 0 || !trimLeading) line.append(' ');
                    i++;
                    continue;
                }
                if (c == '\t') {
                    line.append('\t');
                    i++;
                    continue;
                }
                allWhitespace = false;
            }
            int end = i;
            while (end < n && s.charAt(end) != '\n') end++;
            line.append(s, i, end);
            i = end;
        }
        return this;
    }

    MarkdownLines append(char c) {
        if (c == '\n') {
            eol();
        } else if (allWhitespace && (c == ' ' || c == '\t')) {
            if (c == '\t' || preNesting > 0 || !trimLeading) line.append(c);
        } else {
            allWhitespace = false;
            line.append(c);
        }
        return this;
    }

    /** Appends {@code s} keeping spaces at the start of a line. */
    MarkdownLines appendKeepingSpaces(CharSequence s) {
        boolean saved = trimLeading;
        trimLeading = false;
        append(s);
        trimLeading = saved;
        return this;
    }

    /** Ends the current line if it has text (or is preformatted). */
    MarkdownLines line() {
        if (preNesting > 0 || line.length() != 0) {
            eol();
        } else {
            String saved = prefix;
            prefix = prefixAfterEol;
            if (!saved.isEmpty() && prefix.isEmpty()) prefix = saved;
        }
        return this;
    }

    /** Ends the current line and adds a blank line unless there is one already (none at the start). */
    MarkdownLines blankLine() {
        line();
        if (lines > 0 && !lastBlankText) blank();
        return this;
    }

    /** A blank line written with {@code blankPrefix} (a quote's last lines have no {@code >}). */
    MarkdownLines blankLine(String blankPrefix) {
        if (blankPrefix.equals(prefixAfterEol)) return blankLine();
        String saved = prefixAfterEol;
        prefix = prefixAfterEol = blankPrefix;
        blankLine();
        prefix = prefixAfterEol = saved;
        return this;
    }

    /** The prefix of the lines to come. */
    String prefix() {
        return prefixAfterEol;
    }

    void pushPrefix() {
        if (prefixDepth == prefixStack.length) prefixStack = java.util.Arrays.copyOf(prefixStack, Math.max(8, prefixDepth * 2));
        prefixStack[prefixDepth++] = prefixAfterEol;
    }

    /** Adds to the prefix from the next line on ({@code afterEol}) or from the current line. */
    void addPrefix(String more, boolean afterEol) {
        if (more.isEmpty()) return;
        if (afterEol) {
            prefixAfterEol = prefixAfterEol + more;
        } else {
            prefix = prefixAfterEol + more;
            prefixAfterEol = prefix;
        }
    }

    /** Adds to the prefix, from the next line on when the current line has text. */
    void addPrefix(String more) {
        addPrefix(more, line.length() != 0);
    }

    void setPrefix(String newPrefix, boolean afterEol) {
        if (afterEol) {
            prefixAfterEol = newPrefix;
        } else {
            prefix = newPrefix;
            prefixAfterEol = newPrefix;
        }
    }

    void popPrefix(boolean afterEol) {
        prefixAfterEol = prefixStack[--prefixDepth];
        if (!afterEol) prefix = prefixAfterEol;
    }

    void openPreFormatted() {
        if (preNesting == 0 && preFirstLine != lines) preFirstLine = lines;
        preNesting++;
    }

    void closePreFormatted() {
        preNesting--;
        if (preNesting == 0 && !(line.length() == 0 && lines > 0)) preLastLine = lines;
    }

    /** Lines written so far, counting the current one when it has text. */
    int lineCountWithPending() {
        return line.length() == 0 ? lines : lines + 1;
    }

    /** The length of the last finished line's text (without prefix). */
    int lastTextLength() {
        return lastTextLength;
    }

    private void eol() {
        boolean preformatted = preNesting > 0 || preFirstLine == lines;
        if (allWhitespace && preNesting == 0 && preFirstLine != lines && preLastLine != lines && lines == 0) {
            line.setLength(0);
            allWhitespace = true;
            prefix = prefixAfterEol;
            return;
        }
        String linePrefix = prefix;
        if (line.length() == 0) linePrefix = trimEnd(linePrefix);
        add(linePrefix, line, allWhitespace || line.length() == 0, preformatted);
        line.setLength(0);
        allWhitespace = true;
        prefix = prefixAfterEol;
    }

    /** A blank line with the current prefix (flexmark's {@code appendEol}). */
    private void blank() {
        boolean preformatted = preNesting > 0 || preFirstLine == lines;
        add(trimEnd(prefix), line, true, preformatted);
        line.setLength(0);
        allWhitespace = true;
        prefix = prefixAfterEol;
    }

    private void add(String linePrefix, CharSequence text, boolean blankText, boolean preformatted) {
        if (!blankText) {
            flushTail(2);
            out.append(linePrefix).append(text).append('\n');
        } else {
            boolean blank = text.length() == 0 && !preformatted;
            tail.add(blank ? linePrefix : linePrefix + text + "\n");
            tailBlank.add(blank);
        }
        lastBlankText = blankText;
        lastTextLength = text.length();
        lines++;
    }

    /** Writes the lines held back, at most {@code maxBlank} blank lines in a row. */
    private void flushTail(int maxBlank) {
        int blanks = 0;
        for (int i = 0; i < tail.size(); i++) {
            if (tailBlank.get(i)) {
                if (blanks < maxBlank) {
                    blanks++;
                    out.append(tail.get(i)).append('\n');
                }
            } else {
                blanks = 0;
                out.append(tail.get(i));
            }
        }
        tail.clear();
        tailBlank.clear();
    }

    /** The finished text: the current line ended, one blank line at most at the end. */
    @Override
    public String toString() {
        line();
        flushTail(1);
        return out.toString();
    }

    /** The text so far with the current line as it is, no blank lines dropped (the text of a table cell). */
    String text() {
        StringBuilder all = new StringBuilder(out);
        for (int i = 0; i < tail.size(); i++) {
            all.append(tail.get(i));
            if (tailBlank.get(i)) all.append('\n');
        }
        if (!(allWhitespace && lines == 0)) all.append(line.length() == 0 ? trimEnd(prefix) : prefix).append(line);
        return all.toString();
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) end--;
        return end == s.length() ? s : s.substring(0, end);
    }
}
