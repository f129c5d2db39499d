package dev.quire.check;

import dev.quire.diag.Diagnostics;

/**
 * One rule that {@code quire check} applies to a finished build. Each check is its own class and
 * reports what it finds as diagnostics; the command runs every check it was asked for.
 */
public interface Check {

    /** A short name for summaries ("removed pages"). */
    String name();

    void run(CheckContext context, Diagnostics diagnostics);
}
