package dev.quire.diag;

/**
 * Formats diagnostics for a terminal:
 * <pre>
 * content/guide.mdx:12:5: error: unknown component &lt;Calout&gt;
 *   &lt;Calout type="note"&gt;
 *       ^
 *   hint: did you mean &lt;Callout&gt;?
 * </pre>
 * The excerpt keeps the line's tabs in the caret's indentation so the caret lines up in any terminal.
 */
public final class Reporter {

    private Reporter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        if (d.position() != null) out.append(d.position()).append(": ");
        out.append(d.severity().label()).append(": ").append(d.message()).append('\n');
        if (d.excerpt() != null && d.position() != null) {
            String line = d.excerpt();
            out.append("  ").append(line).append('\n');
            out.append("  ").append(caretIndent(line, d.position().column())).append("^\n");
        }
        if (d.hint() != null) out.append("  hint: ").append(d.hint()).append('\n');
        for (String note : d.notes()) out.append("  note: ").append(note).append('\n');
        return out.toString();
    }

    static String caretIndent(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }

    /** "2 errors, 1 warning" */
    public static String summary(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
