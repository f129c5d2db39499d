package dev.quire.render.typescript;

import java.util.Set;

/**
 * Functions in all their forms: declarations and expressions (with overloads, which go as a whole),
 * object literal methods, arrow functions, and the parameter lists they share. Erases type parameters,
 * parameter types, {@code ?} on parameters, {@code this} parameters and return types. Refuses
 * parameter properties ({@code constructor(private x: T)}), which assign fields at runtime.
 */
final class Functions {

    private static final Set<String> PARAMETER_MODIFIERS = Set.of("public", "private", "protected", "readonly",
        "override");
    private static final Set<String> METHOD_PREFIXES = Set.of("async", "get", "set");

    private final Erasure e;
    private final Tokens t;

    Functions(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** {@code function} at {@code i}; returns the index after the function (or the erased overload). */
    int function(int i) throws TypeEraseException {
        int j = header(i + 1);
        if (t.is(j, "{")) return e.walker().block(j);
        int start = i;
        while (start > 0 && (t.is(start - 1, "async") || t.is(start - 1, "export") || t.is(start - 1, "default"))) {
            start--;
        }
        int end = t.semicolonOnLine(j) ? j + 1 : j;
        e.eraseStatement(start, end);
        return end;
    }

    /** {@code *name<T>(params): R} after {@code function}; returns the index after the return type. */
    int header(int i) throws TypeEraseException {
        if (t.is(i, "*")) i++;
        if (t.get(i).isWord()) i++;
        i = typeParameters(i);
        if (!t.is(i, "(")) throw e.unreadable(i, "a function's parameters");
        return returnType(parameters(i));
    }

    /** A method in an object literal at {@code i}; returns {@code i} if the member there is no method. */
    int objectMethod(int i) throws TypeEraseException {
        int j = i;
        if (METHOD_PREFIXES.contains(t.get(j).text()) && t.get(j).isWord() && t.sameLine(j + 1)
            && (t.get(j + 1).isNameLike() || t.is(j + 1, "[") || t.is(j + 1, "*"))) {
            j++;
        }
        if (t.is(j, "*")) j++;
        int k;
        if (t.is(j, "[")) k = t.match(j) + 1;
        else if (t.get(j).isNameLike()) k = j + 1;
        else return i;
        if (!t.is(k, "(") && !t.is(k, "<")) return i;
        if (t.is(j, "[")) e.walker().walk(j + 1, Walker.Level.EXPRESSION, Walker.Stop.CLOSER);
        k = typeParameters(k);
        if (!t.is(k, "(")) return i;
        k = returnType(parameters(k));
        if (!t.is(k, "{")) throw e.unreadable(k, "a method body");
        return e.walker().block(k);
    }

    /** Whether the parenthesis at {@code open} starts arrow function parameters. */
    boolean isArrow(int open) {
        int close = t.match(open);
        if (t.is(close + 1, "=>")) return true;
        if (!t.is(close + 1, ":")) return false;
        int end = e.types().returnType(close + 2);
        return end > 0 && t.is(end, "=>");
    }

    /** Arrow function parameters and return type at {@code open}; returns {@code open} for other parentheses. */
    int arrow(int open) throws TypeEraseException {
        boolean call = t.endsExpression(open - 1) && !t.is(open - 1, "async");
        int close = t.match(open);
        if (!t.is(close + 1, "=>") && (call || !isArrow(open))) return open;
        parameters(open);
        if (!t.is(close + 1, ":")) return close + 1;
        int end = e.types().returnType(close + 2);
        if (t.lineBreakWithin(close + 1, end + 1)) {
            e.edits().replaceKeepingBreaks(t.get(close).start(), t.get(end - 1).end(), ")");
        } else {
            e.eraseTrailing(close + 1, end);
        }
        return end;
    }

    /** The parameter list at {@code open}; returns the index after its closing parenthesis. */
    int parameters(int open) throws TypeEraseException {
        int close = t.match(open);
        int i = open + 1;
        while (i < close) {
            if (t.is(i, "@")) throw e.decorator(i);
            if (isParameterModifier(i)) throw parameterProperty(i);
            if (t.is(i, "this") && t.is(i + 1, ":")) {
                int end = e.type(i + 2, ":");
                e.eraseListElement(i, end);
                i = t.is(end, ",") ? end + 1 : end;
                continue;
            }
            if (t.is(i, "...")) i++;
            if (t.is(i, "{")) i = e.walker().walk(i + 1, Walker.Level.OBJECT, Walker.Stop.CLOSER) + 1;
            else if (t.is(i, "[")) i = e.walker().walk(i + 1, Walker.Level.EXPRESSION, Walker.Stop.CLOSER) + 1;
            else if (t.get(i).isWord()) i++;
            else throw e.unreadable(i, "a parameter");
            int typeStart = i;
            if (t.is(i, "?")) i++;
            if (t.is(i, ":")) i = e.type(i + 1, ":");
            if (i > typeStart) e.eraseTrailing(typeStart, i);
            if (t.is(i, "=")) i = e.walker().walk(i + 1, Walker.Level.EXPRESSION, Walker.Stop.COMMA);
            if (t.is(i, ",")) i++;
            else if (i != close) throw e.unreadable(i, "the parameter list (expected ',' or ')')");
        }
        return close + 1;
    }

    private boolean isParameterModifier(int i) {
        Token next = t.get(i + 1);
        return PARAMETER_MODIFIERS.contains(t.get(i).text()) && t.get(i).isWord() && t.sameLine(i + 1)
            && (next.isWord() || next.is("{") || next.is("["));
    }

    private TypeEraseException parameterProperty(int i) {
        int name = i;
        while (PARAMETER_MODIFIERS.contains(t.get(name).text())) name++;
        String modifiers = t.code().substring(t.get(i).start(), t.get(name - 1).end());
        String field = t.get(name).text();
        return t.error(i, "cannot erase parameter property '" + modifiers + " " + field
                + "': it assigns this." + field + " at runtime",
            "declare the field in the class body and assign it in the constructor: this." + field + " = " + field
                + ";");
    }

    /** Erases type parameters at {@code i} if there are any; returns the index after them. */
    int typeParameters(int i) throws TypeEraseException {
        if (!t.is(i, "<")) return i;
        int end = e.types().typeParameters(i);
        if (end < 0) throw e.unreadable(i, "type parameters");
        e.eraseTrailing(i, end);
        return end;
    }

    /** Erases a return type at {@code i} if there is one; returns the index after it. */
    int returnType(int i) throws TypeEraseException {
        if (!t.is(i, ":")) return i;
        int end = e.types().returnType(i + 1);
        if (end < 0) throw e.unreadable(i + 1, "a return type");
        e.eraseTrailing(i, end);
        return end;
    }
}
