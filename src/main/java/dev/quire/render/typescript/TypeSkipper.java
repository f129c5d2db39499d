package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;
import java.util.Set;

/**
 * Reads over TypeScript type syntax without building anything: each method takes the index of the
 * first token and returns the index just after the construct, or -1 when the tokens there are not
 * that construct. Failing softly lets the eraser try {@code f<T>(x)} as type arguments and fall back
 * to comparisons. Object types, tuples and parenthesised parts are skipped by their matched brackets.
 */
final class TypeSkipper {

    private static final Set<String> PREFIXES = Set.of("keyof", "unique", "readonly");
    private static final Set<String> NOT_TYPES = Set.of("extends", "implements", "in", "instanceof", "is");

    private final Tokens t;

    TypeSkipper(Tokens t) {
        this.t = t;
    }

    /** A type, including conditional and function types. */
    int type(int i) {
        int j = nonConditional(i);
        if (j < 0 || !t.is(j, "extends") || !t.sameLine(j)) return j;
        int k = nonConditional(j + 1);
        if (k < 0 || !t.is(k, "?")) return -1;
        k = type(k + 1);
        if (k < 0 || !t.is(k, ":")) return -1;
        return type(k + 1);
    }

    /** A return type: also the type predicates {@code x is T}, {@code asserts x is T}, {@code asserts x}. */
    int returnType(int i) {
        if (t.get(i).isWord() && t.is(i + 1, "is") && t.sameLine(i + 1)) return type(i + 2);
        if (t.is(i, "asserts") && t.get(i + 1).isWord() && t.sameLine(i + 1)) {
            return t.is(i + 2, "is") ? type(i + 3) : i + 2;
        }
        return type(i);
    }

    /** {@code <A, B<C>>}: type arguments, starting at {@code <}. */
    int typeArguments(int i) {
        if (!t.is(i, "<")) return -1;
        int j = i + 1;
        while (true) {
            j = type(j);
            if (j < 0) return -1;
            if (t.is(j, ",")) j++;
            if (t.is(j, ">")) return j + 1;
            if (!t.is(j - 1, ",")) return -1;
        }
    }

    /** {@code <const T extends U = V, in out W>}: type parameters, starting at {@code <}. */
    int typeParameters(int i) {
        if (!t.is(i, "<")) return -1;
        int j = i + 1;
        while (true) {
            while ((t.is(j, "const") || t.is(j, "in") || t.is(j, "out")) && t.get(j + 1).isWord()) j++;
            if (!t.get(j).isWord()) return -1;
            j++;
            if (t.is(j, "extends")) j = type(j + 1);
            if (j >= 0 && t.is(j, "=")) j = type(j + 1);
            if (j < 0) return -1;
            if (t.is(j, ",")) j++;
            if (t.is(j, ">")) return j + 1;
            if (!t.is(j - 1, ",")) return -1;
        }
    }

    /** {@code A, B<C>}: the list after {@code implements} or an interface's {@code extends}. */
    int typeList(int i) {
        int j = type(i);
        while (j >= 0 && t.is(j, ",")) j = type(j + 1);
        return j;
    }

    private int nonConditional(int i) {
        if (t.is(i, "<")) return functionType(typeParameters(i));
        if (t.is(i, "abstract") && t.is(i + 1, "new")) i++;
        if (t.is(i, "new")) return functionType(t.is(i + 1, "<") ? typeParameters(i + 1) : i + 1);
        if (t.is(i, "(") && startsFunctionType(i)) return functionType(i);
        return union(i);
    }

    /**
     * TypeScript's test for {@code (} starting a function type rather than a parenthesised type: an
     * empty list, a rest or destructured parameter, or a name followed by what follows parameters.
     */
    private boolean startsFunctionType(int i) {
        Token first = t.get(i + 1);
        if (first.is(")") || first.is("...") || first.is("{") || first.is("[")) return true;
        if (!first.isWord()) return false;
        Token second = t.get(i + 2);
        return second.is(":") || second.is(",") || second.is("?") || second.is("=")
            || (second.is(")") && t.is(i + 3, "=>"));
    }

    /** {@code (params) => R}, starting at the parenthesis. */
    private int functionType(int i) {
        if (i < 0 || !t.is(i, "(")) return -1;
        int arrow = t.match(i) + 1;
        return t.is(arrow, "=>") ? returnType(arrow + 1) : -1;
    }

    private int union(int i) {
        if (t.is(i, "|") || t.is(i, "&")) i++;
        int j = operand(i);
        while (j >= 0 && (t.is(j, "|") || t.is(j, "&"))) j = operand(j + 1);
        return j;
    }

    private int operand(int i) {
        while (PREFIXES.contains(t.get(i).text()) && t.get(i).isWord() && startsType(i + 1)) i++;
        int j;
        if (t.is(i, "infer") && t.get(i + 1).isWord()) {
            j = i + 2;
        } else if (t.is(i, "typeof")) {
            j = typeQuery(i + 1);
        } else {
            j = primary(i);
        }
        while (j >= 0 && t.is(j, "[") && t.sameLine(j)) j = t.match(j) + 1;
        return j;
    }

    private boolean startsType(int i) {
        Token tok = t.get(i);
        return tok.isWord() || tok.is("(") || tok.is("[") || tok.is("{") || tok.kind() == Kind.STRING;
    }

    private int typeQuery(int i) {
        int j = t.is(i, "import") && t.is(i + 1, "(") ? t.match(i + 1) + 1 : (t.get(i).isWord() ? i + 1 : -1);
        if (j < 0) return -1;
        j = dottedName(j);
        return withArguments(j);
    }

    private int primary(int i) {
        Token tok = t.get(i);
        return switch (tok.kind()) {
            case STRING, NUMBER, TEMPLATE -> i + 1;
            case TEMPLATE_HEAD -> afterTemplate(i);
            case WORD -> word(i);
            case PUNCT -> {
                if (tok.is("{") || tok.is("[") || tok.is("(")) yield t.match(i) + 1;
                if (tok.is("-") && t.get(i + 1).kind() == Kind.NUMBER) yield i + 2;
                yield -1;
            }
            default -> -1;
        };
    }

    private int word(int i) {
        if (NOT_TYPES.contains(t.get(i).text())) return -1;
        if (t.is(i, "import") && t.is(i + 1, "(")) return withArguments(dottedName(t.match(i + 1) + 1));
        return withArguments(dottedName(i + 1));
    }

    private int dottedName(int j) {
        while (t.is(j, ".") && t.get(j + 1).isWord()) j += 2;
        return j;
    }

    private int withArguments(int j) {
        if (!t.is(j, "<") || !t.sameLine(j)) return j;
        int k = typeArguments(j);
        return k < 0 ? -1 : k;
    }

    private int afterTemplate(int i) {
        int j = i;
        while (t.get(j).kind() != Kind.TEMPLATE_TAIL) j = t.match(j);
        return j + 1;
    }
}
