package dev.quire.render.typescript;

/**
 * Variable declarations: the binding after {@code let}, {@code const} or {@code var} (a name or a
 * destructuring pattern) and its {@code : T} or definite {@code !: T}, which are erased. Refuses
 * {@code const enum}.
 */
final class Declarations {

    private final Erasure e;
    private final Tokens t;

    Declarations(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** {@code const} at {@code i}; returns the index after its first binding. */
    int constant(int i) throws TypeEraseException {
        if (t.is(i + 1, "enum") && t.sameLine(i + 1)) throw e.statements().enumError(i, i + 2);
        return binding(i + 1);
    }

    /** A binding at {@code i}; returns the index after it and its type, or {@code i} if there is none. */
    int binding(int i) throws TypeEraseException {
        int j;
        if (t.is(i, "{")) {
            j = e.walker().walk(i + 1, Walker.Level.OBJECT, Walker.Stop.CLOSER) + 1;
        } else if (t.is(i, "[")) {
            j = e.walker().walk(i + 1, Walker.Level.EXPRESSION, Walker.Stop.CLOSER) + 1;
        } else if (t.get(i).isWord()) {
            j = i + 1;
        } else {
            return i;
        }
        int typeStart = j;
        if (t.is(j, "!") && t.is(j + 1, ":")) j++;
        if (!t.is(j, ":")) return typeStart;
        int end = e.type(j + 1, ":");
        e.eraseTrailing(typeStart, end);
        return end;
    }
}
