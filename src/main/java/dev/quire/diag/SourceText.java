package dev.quire.diag;

import java.util.Arrays;

/**
 * The text of one site file with its line starts, so that a char offset becomes a {@link Position}
 * and a diagnostic can carry the offending line. Handles LF, CRLF and lone CR line breaks. The line
 * starts are found the first time they are needed: most files of a build never need them.
 */
public final class SourceText {

    private final String path;
    private final String text;
    private volatile int[] lineStarts;

    public SourceText(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Computed at most a few times (threads may race to it, and get the same array contents). */
    private int[] starts() {
        int[] starts = lineStarts;
        if (starts == null) lineStarts = starts = lineStarts(text);
        return starts;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (endsLine(text, i)) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return starts().length;
    }

    /** The position of a char offset (clamped into the text). */
    public Position position(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(starts(), off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(path, line + 1, off - starts()[line] + 1);
    }

    /**
     * The position of the start of a 1-based line (clamped to the last line), as
     * {@code position(offset(line, 1))}, reading only the lines before it: frontmatter asks for line 2,
     * and the line table of the whole page is not needed for that.
     */
    public Position lineStart(int line) {
        int[] starts = lineStarts;
        if (starts != null) return position(offset(line, 1));
        int at = 1;
        for (int i = 0; i < text.length() && at < line; i++) {
            if (endsLine(text, i)) at++;
        }
        return new Position(path, at, 1);
    }

    /** Whether the char at {@code i} ends a line: a {@code \n}, or a {@code \r} not followed by one. */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    /** The char offset of a 1-based line and column (clamped into the text). */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, starts().length));
        return Math.min(text.length(), starts()[l - 1] + Math.max(0, column - 1));
    }

    /** The text of a 1-based line, without its line break; empty past the end. */
    public String line(int line) {
        if (line < 1 || line > starts().length) return "";
        int[] starts = starts();
        int start = starts[line - 1];
        int end = line < starts().length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    public Diagnostic error(int offset, String message) {
        return at(Diagnostic.error(position(offset), message));
    }

    public Diagnostic warning(int offset, String message) {
        return at(Diagnostic.warning(position(offset), message));
    }

    public Diagnostic errorAt(int line, int column, String message) {
        return error(offset(line, column), message);
    }

    public Diagnostic warningAt(int line, int column, String message) {
        return warning(offset(line, column), message);
    }

    private Diagnostic at(Diagnostic d) {
        return d.withExcerpt(line(d.position().line()));
    }
}
