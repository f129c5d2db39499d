package dev.quire.diag;

/**
 * A place in a site file: the path relative to the site root (forward slashes), and a 1-based line
 * and column. Column counts UTF-16 chars, the way editors that jump to {@code path:line:col} do.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    /** A position for problems that concern a whole file. */
    public static Position fileOnly(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
