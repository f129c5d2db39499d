package dev.quire.content;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;

/**
 * The YAML block between {@code ---} lines at the very top of a file, split from the body so that
 * positions stay those of the file: {@link #maskedText()} is the whole file with the frontmatter
 * characters replaced by spaces (line breaks kept), so a Markdown parser's offsets are file offsets.
 * The masked copy is made when asked for, not kept: a site holds every page's text, once is enough.
 *
 * @param yaml      the YAML text, or "" when the file has no frontmatter
 * @param yamlLine  the file line on which {@code yaml} starts (2 when present)
 * @param present   whether the file had a frontmatter block
 * @param text      the whole file text
 * @param blockEnd  where the frontmatter block ends (before the closing fence's line break); 0 without one
 */
public record FrontMatter(String yaml, int yamlLine, boolean present, String text, int blockEnd) {

    /** The file text with the frontmatter blanked out. */
    public String maskedText() {
        return present ? mask(text, blockEnd) : text;
    }

    /** Splits a file. An opening {@code ---} without a closing one is an error at line 1. */
    public static FrontMatter split(SourceText file) {
        String text = file.text();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        String first = text.substring(0, lineEnd(text, 0));
        if (!isFence(first.substring(Math.min(start, first.length())))) {
            return new FrontMatter("", 1, false, text, 0);
        }
        int yamlStart = nextLine(text, 0);
        for (int at = yamlStart; at >= 0; at = nextLine(text, at)) {
            int end = lineEnd(text, at);
            if (isFence(text.substring(at, end))) {
                return new FrontMatter(text.substring(yamlStart, at), 2, true, text, end);
            }
        }
        throw new DiagnosticException(file.errorAt(1, 1, "frontmatter is not closed")
                .withHint("end the YAML block with a line holding only ---"));
    }

    /** The end of the line starting at {@code at}, before its break (LF, CRLF or CR). */
    private static int lineEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') return i;
        }
        return text.length();
    }

    /** The start of the line after the one starting at {@code at}, or -1 when that is the last line. */
    private static int nextLine(String text, int at) {
        int end = lineEnd(text, at);
        if (end == text.length()) return -1;
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String mask(String text, int end) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }
        return new String(chars);
    }
}
