package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;
import java.util.Set;

/**
 * Statements that are types through and through and go as a whole: {@code interface}, {@code type}
 * aliases, {@code declare} declarations (also after {@code export} and {@code export default});
 * {@code abstract} before {@code class}; and the statements that cannot be erased: {@code enum} and
 * {@code namespace}/{@code module} blocks. Imports and exports are left to {@link ModuleSyntax}.
 */
final class Statements {

    private static final Set<String> DECLARABLE = Set.of("const", "let", "var", "function", "async", "class",
        "abstract", "enum", "namespace", "module", "global", "type", "interface");

    private final Erasure e;
    private final Tokens t;
    private final ModuleSyntax modules;

    Statements(Erasure e) {
        this.e = e;
        this.t = e.tokens();
        this.modules = new ModuleSyntax(e);
    }

    /** The statement starting with the word at {@code i}; returns {@code i} if it is plain JavaScript. */
    int statement(int i) throws TypeEraseException {
        Token next = t.get(i + 1);
        boolean nameFollows = next.isWord() && t.sameLine(i + 1);
        return switch (t.get(i).text()) {
            case "import" -> modules.importDeclaration(i);
            case "export" -> modules.exportDeclaration(i);
            case "interface" -> nameFollows ? erase(i, interfaceEnd(i + 2)) : i;
            case "type" -> nameFollows && (t.is(i + 2, "=") || t.is(i + 2, "<")) ? erase(i, typeAliasEnd(i + 2)) : i;
            case "declare" -> nameFollows && DECLARABLE.contains(next.text()) ? erase(i, declarationEnd(i + 1)) : i;
            case "abstract" -> {
                if (!next.is("class") || !t.sameLine(i + 1)) yield i;
                e.eraseLeading(i, i + 1);
                yield i + 1;
            }
            case "enum" -> {
                if (nameFollows) throw enumError(i, i + 1);
                yield i;
            }
            case "namespace", "module" -> {
                if ((nameFollows || next.kind() == Kind.STRING) && t.sameLine(i + 1)
                    && (t.is(i + 2, "{") || t.is(i + 2, "."))) {
                    throw namespaceError(i);
                }
                yield i;
            }
            default -> i;
        };
    }

    /** Erases the statement whose keyword is at {@code keyword} up to {@code end} (and its semicolon). */
    private int erase(int keyword, int end) {
        int start = keyword;
        while (start > 0 && (t.is(start - 1, "export") || t.is(start - 1, "default")) && !t.afterDot(start - 1)) {
            start--;
        }
        if (t.semicolonOnLine(end)) end++;
        e.eraseStatement(start, end);
        return end;
    }

    /** {@code interface Name<T> extends A, B { ... }}, from after the name. */
    private int interfaceEnd(int i) throws TypeEraseException {
        if (t.is(i, "<")) i = typeParameters(i);
        if (t.is(i, "extends")) i = e.types().typeList(i + 1);
        if (i < 0 || !t.is(i, "{")) throw e.unreadable(Math.max(i, 0), "an interface body");
        return t.match(i) + 1;
    }

    /** {@code type Name<T> = T}, from after the name. */
    private int typeAliasEnd(int i) throws TypeEraseException {
        if (t.is(i, "<")) i = typeParameters(i);
        if (!t.is(i, "=")) throw e.unreadable(i, "a type alias");
        return e.type(i + 1, "=");
    }

    private int typeParameters(int i) throws TypeEraseException {
        int end = e.types().typeParameters(i);
        if (end < 0) throw e.unreadable(i, "type parameters");
        return end;
    }

    /** The declaration after {@code declare}, whose first word is at {@code i}. */
    private int declarationEnd(int i) throws TypeEraseException {
        String word = t.get(i).text();
        if (word.equals("async")) return declarationEnd(i + 1);
        if (word.equals("type")) return typeAliasEnd(i + 2);
        if (word.equals("interface")) return interfaceEnd(i + 2);
        if (word.equals("function")) return e.functions().header(i + 1);
        boolean variables = (word.equals("const") && !t.is(i + 1, "enum")) || word.equals("let") || word.equals("var");
        if (variables) return variablesEnd(i + 1);
        int j = i;
        while (!t.is(j, "{") && !t.is(j, ";") && !t.get(j).isEof() && !(j > i && t.get(j).newlineBefore())) {
            j = t.is(j, "<") ? typeParameters(j) : t.get(j).opensBracket() ? t.match(j) + 1 : j + 1;
        }
        return t.is(j, "{") ? t.match(j) + 1 : j;
    }

    /** {@code a: A, b = 1}, the variables of a {@code declare const}. */
    private int variablesEnd(int i) throws TypeEraseException {
        while (true) {
            i = t.get(i).opensBracket() ? t.match(i) + 1 : i + 1;
            if (t.is(i, ":")) i = e.type(i + 1, ":");
            if (t.is(i, "=")) i = t.is(i + 1, "-") ? i + 3 : i + 2;
            if (!t.is(i, ",")) return i;
            i++;
        }
    }

    TypeEraseException enumError(int at, int nameAt) {
        String name = t.get(nameAt).text();
        return t.error(at, "cannot erase enum '" + name + "': an enum creates an object at runtime",
            "use a plain object instead: const " + name + " = { ... } as const; ('declare enum' is erased)");
    }

    private TypeEraseException namespaceError(int at) {
        String keyword = t.get(at).text();
        return t.error(at, "cannot erase " + keyword + " '" + t.get(at + 1).text()
                + "': a " + keyword + " with code creates an object at runtime",
            "use an ES module or a plain object; 'declare " + keyword + "' is erased");
    }
}
