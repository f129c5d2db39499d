package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The token list of one snippet with its bracket pairs matched up front (so an unbalanced bracket is
 * reported once, at its place) and the questions the eraser keeps asking about a token: does it end
 * an expression, is it on the line of the one before.
 */
final class Tokens {

    /** Words after which an operand is expected, so they never end an expression. */
    private static final Set<String> NON_VALUE_WORDS = Set.of("break", "case", "catch", "class", "const", "continue",
        "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
        "import", "in", "instanceof", "new", "return", "switch", "throw", "try", "typeof", "var", "let", "void",
        "while", "with", "yield", "await", "enum", "implements", "interface", "package", "private", "protected",
        "public", "static", "of", "as", "satisfies");

    private final String code;
    private final List<Token> list;
    private final int[] match;
    private final BitSet statementParens = new BitSet();
    private final BitSet expressionBraces = new BitSet();

    Tokens(String code, List<Token> list) throws TypeEraseException {
        this.code = code;
        this.list = list;
        this.match = new int[list.size()];
        matchBrackets();
    }

    private void matchBrackets() throws TypeEraseException {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < list.size(); i++) {
            Token t = list.get(i);
            if (t.closesBracket()) {
                if (open.isEmpty() || !pairs(list.get(open.peek()), t)) {
                    throw error(i, "unexpected '" + shown(t) + "'", "remove it or add the bracket that opens it");
                }
                match[open.pop()] = i;
            }
            if (t.opensBracket() || t.kind() == Kind.TEMPLATE_MIDDLE) open.push(i);
        }
        if (!open.isEmpty()) {
            Token t = list.get(open.peek());
            throw error(open.peek(), "unclosed '" + shown(t) + "'", "add the bracket that closes it");
        }
    }

    private static boolean pairs(Token open, Token close) {
        if (open.is("(")) return close.is(")");
        if (open.is("[")) return close.is("]");
        if (open.is("{")) return close.is("}");
        return close.kind() == Kind.TEMPLATE_MIDDLE || close.kind() == Kind.TEMPLATE_TAIL;
    }

    private static String shown(Token t) {
        return t.kind() == Kind.PUNCT ? t.text() : "${";
    }

    Token get(int i) {
        return list.get(Math.min(i, list.size() - 1));
    }

    boolean is(int i, String text) {
        return get(i).is(text);
    }

    /** The index of the bracket that closes the one at {@code i}. */
    int match(int i) {
        return match[i];
    }

    String code() {
        return code;
    }

    /** Token {@code i} follows token {@code i - 1} on the same line. */
    boolean sameLine(int i) {
        return !get(i).newlineBefore();
    }

    /** Token {@code i} directly touches the one before it ({@code <} {@code =} is {@code <=}). */
    boolean adjacent(int i) {
        return i > 0 && get(i - 1).end() == get(i).start();
    }

    /** A semicolon at {@code i} that ends the line's statement (one on the next line guards the next). */
    boolean semicolonOnLine(int i) {
        return is(i, ";") && sameLine(i);
    }

    /** Whether a line break comes before any of the tokens {@code [from, to)}. */
    boolean lineBreakWithin(int from, int to) {
        for (int i = from; i < to; i++) {
            if (get(i).newlineBefore()) return true;
        }
        return false;
    }

    void markStatementParen(int close) {
        statementParens.set(close);
    }

    void markExpressionBrace(int close) {
        expressionBraces.set(close);
    }

    /** Whether token {@code i} can be the last token of an expression (an operand, not an operator). */
    boolean endsExpression(int i) {
        if (i < 0) return false;
        Token t = get(i);
        return switch (t.kind()) {
            case WORD -> !NON_VALUE_WORDS.contains(t.text()) || (i > 0 && (is(i - 1, ".") || is(i - 1, "?.")));
            case NUMBER, STRING, REGEX, TEMPLATE, TEMPLATE_TAIL, PRIVATE_NAME -> true;
            case PUNCT -> t.is("]") || (t.is(")") && !statementParens.get(i)) || (t.is("}") && expressionBraces.get(i));
            default -> false;
        };
    }

    /** A member access such as {@code x.type} makes a keyword an ordinary name. */
    boolean afterDot(int i) {
        return i > 0 && (is(i - 1, ".") || is(i - 1, "?."));
    }

    TypeEraseException error(int i, String message, String hint) {
        return new TypeEraseException(code, get(i).start(), message, hint);
    }
}
