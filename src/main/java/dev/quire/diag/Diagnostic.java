package dev.quire.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem a user can fix: where it is, what is wrong, the offending source line (for the caret
 * excerpt), what to do about it, and notes that name other places involved (the template that
 * failed, the page that included a partial).
 *
 * @param excerpt the full text of the line at {@code position}, without its line break; null when unknown
 * @param hint    what the user should do, or null
 * @param notes   further lines, printed after the hint (e.g. "included from content/a.mdx:3:1")
 */
public record Diagnostic(Severity severity, Position position, String message, String excerpt, String hint,
                         List<String> notes) implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public static Diagnostic error(Position position, String message) {
        return new Diagnostic(Severity.ERROR, position, message, null, null, List.of());
    }

    public static Diagnostic warning(Position position, String message) {
        return new Diagnostic(Severity.WARNING, position, message, null, null, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, position, message, excerpt, newHint, notes);
    }

    public Diagnostic withExcerpt(String line) {
        return new Diagnostic(severity, position, message, line, hint, notes);
    }

    public Diagnostic withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Diagnostic(severity, position, message, excerpt, hint, more);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, position, message, excerpt, hint, notes);
    }

    /** Errors before warnings is not wanted: the order is by place, so output reads like the files. */
    @Override
    public int compareTo(Diagnostic o) {
        if (position == null || o.position == null) {
            if (position != o.position) return position == null ? -1 : 1;
        } else {
            int c = position.compareTo(o.position);
            if (c != 0) return c;
        }
        int c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
