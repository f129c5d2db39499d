package dev.quire.render.typescript;

/**
 * One token of TypeScript source: its kind, its text and where it sits. Comments and whitespace are
 * not tokens; {@code newlineBefore} records whether a line break (also one inside a comment) separates
 * it from the previous token, which is what automatic semicolon insertion and TypeScript's
 * "no line break here" rules need.
 */
record Token(Kind kind, String text, int start, int end, boolean newlineBefore) {

    enum Kind { WORD, PRIVATE_NAME, NUMBER, STRING, REGEX, TEMPLATE, TEMPLATE_HEAD, TEMPLATE_MIDDLE, TEMPLATE_TAIL,
        PUNCT, EOF }

    boolean is(String s) {
        return (kind == Kind.PUNCT || kind == Kind.WORD) && text.equals(s);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** A word, string, number or private name: anything that can name a property. */
    boolean isNameLike() {
        return kind == Kind.WORD || kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.PRIVATE_NAME;
    }

    boolean isEof() {
        return kind == Kind.EOF;
    }

    boolean opensBracket() {
        return is("(") || is("[") || is("{") || kind == Kind.TEMPLATE_HEAD;
    }

    boolean closesBracket() {
        return is(")") || is("]") || is("}") || kind == Kind.TEMPLATE_MIDDLE || kind == Kind.TEMPLATE_TAIL;
    }
}
