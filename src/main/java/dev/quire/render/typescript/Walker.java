package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;
import java.util.Set;

/**
 * Walks code token by token, one bracket level per call, and hands each TypeScript construct to the
 * class that erases it. The level's kind decides what a token can mean: a {@code :} types a variable
 * only after {@code let}/{@code const}/{@code var}, an opening brace is a block after {@code )} or
 * {@code =>} and an object literal after an operator, a name followed by {@code (} in an object
 * literal is a method.
 */
final class Walker {

    /** What the tokens of one bracket level are. */
    enum Level { BLOCK, OBJECT, EXPRESSION }

    /** Where a walk stops besides the closing bracket of its level. */
    enum Stop { CLOSER, COMMA, MEMBER_END }

    private static final Set<String> STATEMENT_PAREN_WORDS = Set.of("if", "while", "for", "with", "switch", "await");

    private final Erasure e;
    private final Tokens t;

    Walker(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** Walks from {@code i} and returns the index of the token that ends this level (not consumed). */
    int walk(int i, Level level, Stop stop) throws TypeEraseException {
        boolean memberStart = level == Level.OBJECT;
        boolean declaring = false;
        boolean blockColon = false;
        int ternaries = 0;
        while (true) {
            Token tok = t.get(i);
            if (tok.closesBracket() || tok.isEof()) return i;
            if (stop == Stop.COMMA && tok.is(",")) return i;
            if (stop == Stop.MEMBER_END && (tok.is(";") || (tok.newlineBefore() && tok.isNameLike()
                && t.endsExpression(i - 1)))) {
                return i;
            }
            if (memberStart) {
                memberStart = false;
                int next = e.functions().objectMethod(i);
                if (next != i) {
                    i = next;
                    continue;
                }
            }
            if (level == Level.BLOCK && tok.isWord() && !t.afterDot(i)) {
                int next = e.statements().statement(i);
                if (next != i) {
                    i = next;
                    continue;
                }
            }
            int next = special(i, declaring);
            if (next != i) {
                declaring |= tok.is("let") || tok.is("const") || tok.is("var");
                i = next;
                blockColon = false;
                continue;
            }
            if (tok.is(",")) {
                memberStart = level == Level.OBJECT;
                i = declaring ? e.declarations().binding(i + 1) : i + 1;
            } else if (tok.is(";")) {
                declaring = false;
                i++;
            } else if (tok.is("?")) {
                ternaries++;
                i++;
            } else if (tok.is(":")) {
                if (ternaries > 0) ternaries--;
                else blockColon = level == Level.BLOCK;
                i++;
                continue;
            } else if (tok.is("{")) {
                i = brace(i, blockColon) + 1;
            } else if (tok.is("(")) {
                i = paren(i);
            } else if (tok.is("[") || tok.kind() == Kind.TEMPLATE_HEAD) {
                i = nested(i);
            } else {
                i++;
            }
            blockColon = false;
        }
    }

    /** The constructs any level may hold; returns {@code i} when there is none at {@code i}. */
    private int special(int i, boolean declaring) throws TypeEraseException {
        Token tok = t.get(i);
        if (tok.is("@")) throw e.decorator(i);
        if (!tok.isWord() || t.afterDot(i)) {
            return tok.is("!") || tok.is("<") ? e.expressions().operator(i) : i;
        }
        if (t.is(i + 1, ":")) return i;
        return switch (tok.text()) {
            case "let", "var" -> e.declarations().binding(i + 1);
            case "const" -> e.declarations().constant(i);
            case "function" -> e.functions().function(i);
            case "class" -> e.classes().declaration(i);
            case "catch" -> t.is(i + 1, "(") ? e.functions().parameters(i + 1) : i;
            case "as", "satisfies" -> e.expressions().assertion(i);
            default -> i;
        };
    }

    /** A block or object literal at {@code i}; returns the index of its closing brace. */
    int brace(int i, boolean afterBlockColon) throws TypeEraseException {
        Token prev = t.get(i - 1);
        boolean block = i == 0 || afterBlockColon || prev.is(";") || prev.is("{") || prev.is("}") || prev.is(")")
            || prev.is("=>") || prev.is("else") || prev.is("do") || prev.is("try") || prev.is("finally");
        int close = walk(i + 1, block ? Level.BLOCK : Level.OBJECT, Stop.CLOSER);
        if (!block) t.markExpressionBrace(close);
        return close;
    }

    /** Parentheses at {@code i}: arrow function parameters or a grouping; returns the index after them. */
    private int paren(int i) throws TypeEraseException {
        int arrowEnd = e.functions().arrow(i);
        if (arrowEnd != i) return arrowEnd;
        int close = walk(i + 1, Level.EXPRESSION, Stop.CLOSER);
        if (i > 0 && STATEMENT_PAREN_WORDS.contains(t.get(i - 1).text()) && t.get(i - 1).isWord()) {
            t.markStatementParen(close);
        }
        return close + 1;
    }

    /** An array, index or template literal at {@code i}; returns the index after it. */
    private int nested(int i) throws TypeEraseException {
        int close = walk(i + 1, Level.EXPRESSION, Stop.CLOSER);
        while (t.get(close).kind() == Kind.TEMPLATE_MIDDLE) close = walk(close + 1, Level.EXPRESSION, Stop.CLOSER);
        return close + 1;
    }

    /** Walks a block body whose opening brace is at {@code open}; returns the index after it. */
    int block(int open) throws TypeEraseException {
        return walk(open + 1, Level.BLOCK, Stop.CLOSER) + 1;
    }
}
