package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;

/**
 * One run of the eraser over one snippet: the tokens, the edits collected so far, and the parts that
 * recognise each kind of construct. The parts call each other through here; the token-level erase
 * operations and the errors every part may raise live here too, so that their wording is in one place.
 */
final class Erasure {

    private final Tokens tokens;
    private final Edits edits;
    private final TypeSkipper types;
    private final Walker walker;
    private final Statements statements;
    private final Declarations declarations;
    private final Functions functions;
    private final Classes classes;
    private final Expressions expressions;

    Erasure(String code) throws TypeEraseException {
        this.tokens = new Tokens(code, Lexer.tokenize(code));
        this.edits = new Edits(code);
        this.types = new TypeSkipper(tokens);
        this.walker = new Walker(this);
        this.statements = new Statements(this);
        this.declarations = new Declarations(this);
        this.functions = new Functions(this);
        this.classes = new Classes(this);
        this.expressions = new Expressions(this);
    }

    String run() throws TypeEraseException {
        int end = walker.walk(0, Walker.Level.BLOCK, Walker.Stop.CLOSER);
        if (!tokens.get(end).isEof()) throw tokens.error(end, "unexpected '" + tokens.get(end).text() + "'", null);
        return edits.apply();
    }

    Tokens tokens() {
        return tokens;
    }

    Edits edits() {
        return edits;
    }

    TypeSkipper types() {
        return types;
    }

    Walker walker() {
        return walker;
    }

    Statements statements() {
        return statements;
    }

    Declarations declarations() {
        return declarations;
    }

    Functions functions() {
        return functions;
    }

    Classes classes() {
        return classes;
    }

    Expressions expressions() {
        return expressions;
    }

    /** The type starting at {@code i}, which must be there because {@code after} announced it. */
    int type(int i, String after) throws TypeEraseException {
        int end = types.type(i);
        if (end < 0) throw unreadable(i, "a type after '" + after + "'");
        return end;
    }

    /** Erases tokens {@code [from, to)} that trail code, with the spaces before them. */
    void eraseTrailing(int from, int to) {
        edits.eraseTrailing(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Erases tokens {@code [from, to)} that lead code, with the spaces after them. */
    void eraseLeading(int from, int to) {
        edits.eraseLeading(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * Erases the whole statement in tokens {@code [from, to)}. When the code before it lacks a semicolon
     * and the code after it would then continue the previous line (a line starting with {@code (},
     * {@code [} or a template), a semicolon is left in its place.
     */
    void eraseStatement(int from, int to) {
        Token next = tokens.get(to);
        boolean hazard = from > 0 && tokens.endsExpression(from - 1) && next.newlineBefore()
            && (next.is("(") || next.is("[") || next.kind() == Kind.TEMPLATE || next.kind() == Kind.TEMPLATE_HEAD
            || next.is("+") || next.is("-") || next.kind() == Kind.REGEX);
        edits.eraseLeading(tokens.get(from).start(), tokens.get(to - 1).end(), hazard ? ";" : "");
    }

    /** Erases the list element in tokens {@code [from, to)} with the comma that separates it. */
    void eraseListElement(int from, int to) {
        if (tokens.is(to, ",")) {
            eraseLeading(from, to + 1);
        } else if (tokens.is(from - 1, ",")) {
            eraseTrailing(from - 1, to);
        } else {
            eraseLeading(from, to);
        }
    }

    TypeEraseException unreadable(int i, String what) {
        Token tok = tokens.get(i);
        String found = tok.isEof() ? "the end of the code" : "'" + tok.text() + "'";
        return tokens.error(i, "cannot read " + what + " at " + found,
            "the type eraser reads TypeScript that compiles; check the example with tsc");
    }

    TypeEraseException decorator(int i) {
        String name = tokens.get(i + 1).isWord() ? "@" + tokens.get(i + 1).text() : "@";
        return tokens.error(i, "cannot erase decorator '" + name + "': decorators run code at runtime",
            "remove the decorator from the example, or show JavaScript that applies it by hand");
    }
}
