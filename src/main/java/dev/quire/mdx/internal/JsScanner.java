package dev.quire.mdx.internal;

/**
 * Skips over the JavaScript-like pieces of MDX: string literals, template literals, block comments and
 * balanced braces. Every method takes the index of the opening character and returns the index just
 * after the construct, or -1 when it does not end before {@code limit}. Never throws.
 */
final class JsScanner {

    private final CharSequence text;
    private final int limit;

    JsScanner(CharSequence text, int limit) {
        this.text = text;
        this.limit = Math.min(limit, text.length());
    }

    int limit() {
        return limit;
    }

    char at(int i) {
        return i >= 0 && i < limit ? text.charAt(i) : '\0';
    }

    boolean startsWith(int i, String s) {
        if (i < 0 || i + s.length() > limit) return false;
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(i + k) != s.charAt(k)) return false;
        }
        return true;
    }

    /** A '...' or "..." string; strings do not span lines. */
    int skipString(int i) {
        char quote = at(i);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\\') j++;
            else if (c == quote) return j + 1;
            else if (c == '\n' || c == '\r') return -1;
        }
        return -1;
    }

    /** A `...` template literal, possibly multi-line, with ${...} parts. */
    int skipTemplate(int i) {
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\\') j++;
            else if (c == '`') return j + 1;
            else if (c == '$' && at(j + 1) == '{') {
                int end = skipBalanced(j + 1);
                if (end < 0) return -1;
                j = end - 1;
            }
        }
        return -1;
    }

    /** A block comment starting with slash-star. */
    int skipComment(int i) {
        for (int j = i + 2; j + 1 < limit; j++) {
            if (text.charAt(j) == '*' && text.charAt(j + 1) == '/') return j + 2;
        }
        return -1;
    }

    /** From an opening brace to just after its matching closing brace. */
    int skipBalanced(int i) {
        int depth = 0;
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            int next;
            // an unterminated quote is an apostrophe in JSX text ("framework's"), not a string
            if (c == '"' || c == '\'') next = Math.max(skipString(j), j + 1);
            else if (c == '`') next = skipTemplate(j);
            else if (c == '/' && at(j + 1) == '*') next = skipComment(j);
            else {
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return j + 1;
                next = j + 1;
            }
            if (next < 0) return -1;
            j = next;
        }
        return -1;
    }

    int skipSpaces(int i) {
        int j = i;
        while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        return j;
    }

    int skipWhitespace(int i) {
        int j = i;
        while (j < limit && Character.isWhitespace(text.charAt(j))) j++;
        return j;
    }

    /** True when only spaces and tabs stand between i and the end of the line (or the limit). */
    boolean restOfLineBlank(int i) {
        int j = skipSpaces(i);
        return j >= limit || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    int skipIdent(int i) {
        if (!isIdentStart(at(i))) return i;
        int j = i + 1;
        while (j < limit && isIdentPart(text.charAt(j))) j++;
        return j;
    }
}
