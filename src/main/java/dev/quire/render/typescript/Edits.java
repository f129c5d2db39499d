package dev.quire.render.typescript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The char ranges to erase, and how the result is tidied. An erased range loses everything but its
 * line breaks, so every line keeps its number. Spaces next to a range go with it where they would
 * otherwise double up: {@code x as T;} becomes {@code x;}, {@code private x} becomes {@code x}. A line
 * an erasure touched loses its trailing spaces, and becomes empty if nothing but spaces is left.
 */
final class Edits {

    /** Erase {@code [start, end)} and write {@code text} before its line breaks, or after them. */
    private record Edit(int start, int end, String text, boolean textAfterBreaks) {
    }

    private final String src;
    private final List<Edit> edits = new ArrayList<>();

    Edits(String src) {
        this.src = src;
    }

    /** Erases a range that trails code ({@code : T}, {@code as T}), with the spaces before it. */
    void eraseTrailing(int start, int end, String replacement) {
        int s = start;
        while (s > 0 && isBlank(src.charAt(s - 1))) s--;
        if (s == 0 || Lexer.isLineBreak(src.charAt(s - 1))) {
            eraseLeading(start, end, replacement);
        } else {
            edits.add(new Edit(s, end, replacement, false));
        }
    }

    void eraseTrailing(int start, int end) {
        eraseTrailing(start, end, "");
    }

    /** Erases a range that leads code ({@code private }, {@code type A, }), with the spaces after it. */
    void eraseLeading(int start, int end) {
        eraseLeading(start, end, "");
    }

    /** Like {@link #eraseLeading(int, int)}, writing {@code replacement} in the range's place. */
    void eraseLeading(int start, int end, String replacement) {
        int e = end;
        while (e < src.length() && isBlank(src.charAt(e))) e++;
        edits.add(new Edit(start, e, replacement, false));
    }

    /** Erases exactly {@code [start, end)}. */
    void erase(int start, int end) {
        edits.add(new Edit(start, end, "", false));
    }

    /** Erases {@code [start, end)} and writes {@code text} after its last line break. */
    void replaceKeepingBreaks(int start, int end, String text) {
        edits.add(new Edit(start, end, text, true));
    }

    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        StringBuilder out = new StringBuilder();
        TreeSet<Integer> touchedLines = new TreeSet<>();
        int done = 0;
        int line = 0;
        for (Edit e : sorted) {
            if (e.end() <= done && e.start() < done) continue;
            int start = Math.max(e.start(), done);
            line += breaks(out, src.substring(done, start), false);
            touchedLines.add(line);
            if (!e.textAfterBreaks()) out.append(e.text());
            line += breaks(out, src.substring(start, e.end()), true);
            if (e.textAfterBreaks()) out.append(e.text());
            touchedLines.add(line);
            done = Math.max(done, e.end());
        }
        out.append(src, done, src.length());
        return tidy(out.toString(), touchedLines);
    }

    /** Appends {@code text} (or only its line breaks) and returns how many lines it ends. */
    private static int breaks(StringBuilder out, String text, boolean onlyBreaks) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = Lexer.isLineBreak(c);
            if (lineBreak || !onlyBreaks) out.append(c);
            if (lineBreak && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) lines++;
        }
        return lines;
    }

    private static String tidy(String text, TreeSet<Integer> touchedLines) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 0;
        int i = 0;
        while (i <= text.length()) {
            int end = i;
            while (end < text.length() && !Lexer.isLineBreak(text.charAt(end))) end++;
            int contentEnd = end;
            if (touchedLines.contains(line)) {
                while (contentEnd > i && isBlank(text.charAt(contentEnd - 1))) contentEnd--;
            }
            out.append(text, i, contentEnd);
            if (end == text.length()) break;
            int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
            out.append(text, end, next);
            i = next;
            line++;
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
