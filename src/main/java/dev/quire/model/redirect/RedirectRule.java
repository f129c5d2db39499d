package dev.quire.model.redirect;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

/**
 * One rule of a {@code redirects/*.txt} file, {@code FROM TO [STATUS]}, as written: paths are site
 * paths without the base path ("/old/"), the target may be an absolute URL and may carry
 * {@code ?query} and {@code #fragment}. Columns are 1-based and point at each field, for diagnostics.
 */
public record RedirectRule(String from, String to, int status, SourceText file, int line, int fromColumn,
                           int toColumn, int statusColumn) {

    /** True when the source has a splat ({@code *}) or a {@code :placeholder} segment. */
    public boolean dynamic() {
        return RedirectPattern.isDynamic(from);
    }

    public Position position() {
        return new Position(file.path(), line, fromColumn);
    }

    /** "redirects/docs.txt:3" */
    public String place() {
        return file.path() + ":" + line;
    }

    Diagnostic errorAtFrom(String message) {
        return file.errorAt(line, fromColumn, message);
    }

    Diagnostic errorAtTo(String message) {
        return file.errorAt(line, toColumn, message);
    }

    Diagnostic warningAtFrom(String message) {
        return file.warningAt(line, fromColumn, message);
    }
}
