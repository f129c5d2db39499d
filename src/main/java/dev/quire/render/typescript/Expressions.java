package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;

/**
 * Type syntax inside expressions: {@code x as T}, {@code x satisfies T}, {@code x!}, type arguments
 * {@code f<T>(x)} and {@code new Map<K, V>()}, generic arrows {@code <T>(x: T) => x} and the old
 * {@code <T>x} assertion. A {@code <} after an operand is type arguments only if they read as types
 * and are followed by what TypeScript allows there, so {@code a < b && c > d} stays a comparison.
 */
final class Expressions {

    private final Erasure e;
    private final Tokens t;

    Expressions(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** {@code as T} or {@code satisfies T} at {@code i}; returns {@code i} if the word is a plain name. */
    int assertion(int i) throws TypeEraseException {
        if (!t.endsExpression(i - 1) || !t.sameLine(i)) return i;
        int end = e.type(i + 1, t.get(i).text());
        Token next = t.get(end);
        boolean hazard = next.newlineBefore()
            && (next.is("(") || next.is("[") || next.kind() == Kind.TEMPLATE || next.kind() == Kind.TEMPLATE_HEAD);
        e.edits().eraseTrailing(t.get(i).start(), t.get(end - 1).end(), hazard ? ";" : "");
        return end;
    }

    /** A {@code !} or {@code <} at {@code i}; returns {@code i} if it is an ordinary operator. */
    int operator(int i) throws TypeEraseException {
        if (t.is(i, "!")) {
            if (!t.endsExpression(i - 1) || !t.sameLine(i)) return i;
            e.edits().erase(t.get(i).start(), t.get(i).end());
            return i + 1;
        }
        if (t.adjacent(i + 1) && (t.is(i + 1, "<") || t.is(i + 1, "="))) return i + 2;
        return t.endsExpression(i - 1) && !t.is(i - 1, "async") ? typeArguments(i) : prefix(i);
    }

    private int typeArguments(int i) {
        int end = e.types().typeArguments(i);
        if (end < 0 || !canFollowTypeArguments(end)) return i;
        e.eraseTrailing(i, end);
        return end;
    }

    /** TypeScript's rule for what may follow type arguments in an expression. */
    private boolean canFollowTypeArguments(int i) {
        Token next = t.get(i);
        return next.newlineBefore() || next.isEof() || next.kind() == Kind.TEMPLATE
            || next.kind() == Kind.TEMPLATE_HEAD || next.is("(") || next.is(")") || next.is("]") || next.is(";")
            || next.is(",") || next.is("}") || next.is("?.");
    }

    /** {@code <T>(x: T) => x} or {@code <T>value} where an operand starts. */
    private int prefix(int i) throws TypeEraseException {
        int end = e.types().typeParameters(i);
        if (end > 0 && t.is(end, "(") && e.functions().isArrow(end)) {
            e.eraseLeading(i, end);
            return end;
        }
        end = e.types().type(i + 1);
        if (end > 0 && t.is(end, ">")) {
            e.eraseLeading(i, end + 1);
            return end + 1;
        }
        return i;
    }
}
