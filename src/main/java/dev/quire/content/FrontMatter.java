package dev.quire.content;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;

/**
 * The YAML block between {@code ---} lines at the very top of a file, split from the body so that
 * positions stay those of the file: {@link #maskedText()} is the whole file with the frontmatter
 * characters replaced by spaces (line breaks kept), so a Markdown parser's offsets are file offsets.
 *
 * @param yaml      the YAML text, or "" when the file has no frontmatter
 * @param yamlLine  the file line on which {@code yaml} starts (2 when present)
 * @param present   whether the file had a frontmatter block
 * @param maskedText the file text with the frontmatter blanked out
 */
public record FrontMatter(String yaml, int yamlLine, boolean present, String maskedText) {

    /** Splits a file. An opening {@code ---} without a closing one is an error at line 1. */
    public static FrontMatter split(SourceText file) {
        String text = file.text();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!isFence(file.line(1).substring(Math.min(start, file.line(1).length())))) {
            return new FrontMatter("", 1, false, text);
        }
        for (int line = 2; line <= file.lineCount(); line++) {
            if (isFence(file.line(line))) {
                int yamlStart = file.offset(2, 1);
                int yamlEnd = file.offset(line, 1);
                int blockEnd = yamlEnd + file.line(line).length();
                return new FrontMatter(text.substring(yamlStart, yamlEnd), 2, true, mask(text, blockEnd));
            }
        }
        throw new DiagnosticException(file.errorAt(1, 1, "frontmatter is not closed")
                .withHint("end the YAML block with a line holding only ---"));
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
