package dev.quire.render.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classes: type parameters, type arguments in {@code extends}, {@code implements} clauses, and the
 * members. TypeScript-only modifiers ({@code public private protected readonly override}) and
 * {@code ?}/{@code !}/{@code : T} on fields are erased; members that are only types (index
 * signatures, {@code declare} fields, {@code abstract} members, overload signatures) go as a whole.
 */
final class Classes {

    private static final Set<String> TYPE_MODIFIERS = Set.of("public", "private", "protected", "readonly", "override");
    private static final Set<String> AMBIENT_MODIFIERS = Set.of("abstract", "declare");
    private static final Set<String> MODIFIERS = Set.of("public", "private", "protected", "readonly", "override",
        "abstract", "declare", "static", "accessor", "async", "get", "set");

    private final Erasure e;
    private final Tokens t;

    Classes(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** {@code class} at {@code i}; returns the index after the class body. */
    int declaration(int i) throws TypeEraseException {
        int j = i + 1;
        if (t.get(j).isWord() && !t.is(j, "extends") && !t.is(j, "implements")) j++;
        j = e.functions().typeParameters(j);
        if (t.is(j, "extends")) j = heritage(j + 1);
        if (t.is(j, "implements")) {
            int end = e.types().typeList(j + 1);
            if (end < 0) throw e.unreadable(j + 1, "the types after 'implements'");
            e.eraseTrailing(j, end);
            j = end;
        }
        if (!t.is(j, "{")) throw e.unreadable(j, "a class body");
        int member = j + 1;
        while (!t.is(member, "}")) member = member(member);
        t.markExpressionBrace(member);
        return member + 1;
    }

    /** The expression after {@code extends}, erasing its type arguments; returns the index after it. */
    private int heritage(int j) throws TypeEraseException {
        while (!t.is(j, "{") && !t.is(j, "implements") && !t.get(j).isEof()) {
            if (t.is(j, "<") && t.endsExpression(j - 1)) {
                int end = e.types().typeArguments(j);
                if (end < 0) throw e.unreadable(j, "type arguments");
                e.eraseTrailing(j, end);
                j = end;
            } else if (t.get(j).opensBracket()) {
                j = e.walker().walk(j + 1, Walker.Level.EXPRESSION, Walker.Stop.CLOSER) + 1;
            } else {
                j++;
            }
        }
        return j;
    }

    private int member(int start) throws TypeEraseException {
        int i = start;
        if (t.is(i, ";")) return i + 1;
        if (t.is(i, "@")) throw e.decorator(i);
        if (t.get(i).isEof()) throw e.unreadable(i, "a class member");
        if (t.is(i, "static") && t.is(i + 1, "{")) return e.walker().block(i + 1);
        List<Integer> typeModifiers = new ArrayList<>();
        boolean ambient = false;
        while (isModifier(i)) {
            if (TYPE_MODIFIERS.contains(t.get(i).text())) typeModifiers.add(i);
            ambient |= AMBIENT_MODIFIERS.contains(t.get(i).text());
            i++;
        }
        if (t.is(i, "*")) i++;
        if (t.is(i, "[") && t.get(i + 1).isWord() && t.is(i + 2, ":")) {
            return eraseMember(start, e.type(t.match(i) + 2, ":"));
        }
        boolean constructor = t.is(i, "constructor");
        if (t.is(i, "[")) i = e.walker().walk(i + 1, Walker.Level.EXPRESSION, Walker.Stop.CLOSER) + 1;
        else if (t.get(i).isNameLike()) i++;
        else throw e.unreadable(i, "a class member");
        int typeStart = i;
        if (t.is(i, "?") || t.is(i, "!")) i++;
        if (t.is(i, "<") || t.is(i, "(")) return method(start, typeStart, ambient, typeModifiers);
        if (constructor) throw e.unreadable(i, "a constructor");
        if (t.is(i, ":")) i = e.type(i + 1, ":");
        if (ambient) return eraseMember(start, i);
        eraseModifiers(typeModifiers);
        if (i > typeStart) e.eraseTrailing(typeStart, i);
        if (t.is(i, "=")) i = e.walker().walk(i + 1, Walker.Level.EXPRESSION, Walker.Stop.MEMBER_END);
        return t.is(i, ";") ? i + 1 : i;
    }

    private int method(int start, int afterName, boolean ambient, List<Integer> typeModifiers)
        throws TypeEraseException {
        int i = afterName;
        if (t.is(i, "?")) e.eraseTrailing(i, i++ + 1);
        i = e.functions().typeParameters(i);
        if (!t.is(i, "(")) throw e.unreadable(i, "a method's parameters");
        i = e.functions().returnType(e.functions().parameters(i));
        if (!t.is(i, "{")) return eraseMember(start, i);
        if (ambient) throw e.unreadable(start, "a method: an abstract or declared method has no body");
        eraseModifiers(typeModifiers);
        return e.walker().block(i);
    }

    /** Erases the member in tokens {@code [start, end)} and its semicolon; returns the index after it. */
    private int eraseMember(int start, int end) {
        if (t.semicolonOnLine(end)) end++;
        e.eraseLeading(start, end);
        return end;
    }

    private void eraseModifiers(List<Integer> modifiers) {
        for (int m : modifiers) e.eraseLeading(m, m + 1);
    }

    /** A modifier word is followed, on its line, by what can start a member rather than end one. */
    private boolean isModifier(int i) {
        Token next = t.get(i + 1);
        return t.get(i).isWord() && MODIFIERS.contains(t.get(i).text()) && t.sameLine(i + 1)
            && (next.isNameLike() || next.is("[") || next.is("*") || next.is("{"));
    }
}
