package dev.quire.render.code;

/**
 * Lines {@code from} to {@code to} of a code block, 1-based and inclusive, as a fence meta wrote
 * them ({@code {4-6}} is {@code LineRange(4, 6)}, {@code {3}} is {@code LineRange(3, 3)}).
 */
public record LineRange(int from, int to) {

    public LineRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad line range " + from + "-" + to);
        }
    }

    public boolean contains(int line) {
        return line >= from && line <= to;
    }

    /** {@code 4-6}, or {@code 3} for a single line: the way a fence meta writes it. */
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
