package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;

/**
 * Imports and exports: type-only ones ({@code import type}, {@code export type {A}},
 * {@code export type * from}) go as a whole; {@code type} specifiers go from their braces, the way
 * TypeScript's {@code verbatimModuleSyntax} emits them, so {@code import {type A} from "m"} keeps the
 * module's side effects as {@code import {} from "m"}. CommonJS forms ({@code import x = require()},
 * {@code export =}) cannot be erased.
 */
final class ModuleSyntax {

    private final Erasure e;
    private final Tokens t;

    ModuleSyntax(Erasure e) {
        this.e = e;
        this.t = e.tokens();
    }

    /** {@code import} at {@code i}; returns the index after the declaration ({@code i} for import() calls). */
    int importDeclaration(int i) throws TypeEraseException {
        Token next = t.get(i + 1);
        if (next.is("(") || next.is(".")) return i;
        if (next.kind() == Kind.STRING) return i + 1;
        boolean typeOnly = next.is("type")
            && (t.is(i + 2, "{") || t.is(i + 2, "*") || (t.get(i + 2).isWord() && !t.is(i + 2, "from")));
        if (typeOnly && t.is(i + 3, "=")) return eraseWhole(i, requireEnd(i + 4));
        if (typeOnly) return eraseWhole(i, fromClauseEnd(clauseEnd(i + 2)));
        if (next.isWord() && t.is(i + 2, "=")) {
            throw t.error(i, "cannot erase 'import " + next.text() + " = ...': it is TypeScript's CommonJS import",
                "use an ES import: import " + next.text() + " from \"...\"");
        }
        return fromClauseEnd(clauseEnd(i + 1));
    }

    /** {@code export} at {@code i}; returns the index after what it handled ({@code i + 1} for plain exports). */
    int exportDeclaration(int i) throws TypeEraseException {
        Token next = t.get(i + 1);
        if (next.is("type") && (t.is(i + 2, "{") || t.is(i + 2, "*"))) {
            return eraseWhole(i, fromClauseEnd(clauseEnd(i + 2)));
        }
        if (next.is("=")) {
            throw t.error(i, "cannot erase 'export =': it is TypeScript's CommonJS export",
                "use an ES export: export default ...");
        }
        if (next.is("import")) {
            throw t.error(i, "cannot erase 'export import': it creates an alias at runtime",
                "use an ES import and export the name: export { name }");
        }
        if (next.is("as") && t.is(i + 2, "namespace")) return eraseWhole(i, i + 4);
        if (next.is("{")) return fromClauseEnd(clauseEnd(i + 1));
        return i + 1;
    }

    private int eraseWhole(int start, int end) {
        if (t.semicolonOnLine(end)) end++;
        e.eraseStatement(start, end);
        return end;
    }

    /** Reads {@code D, {a, type B}}, {@code * as ns} or {@code {...}} from {@code i}, erasing type specifiers. */
    private int clauseEnd(int i) throws TypeEraseException {
        if (t.get(i).isWord() && !t.is(i, "from")) {
            if (!t.is(i + 1, ",")) return i + 1;
            i += 2;
        }
        if (t.is(i, "*")) return t.is(i + 1, "as") ? i + 3 : i + 1;
        if (!t.is(i, "{")) throw e.unreadable(i, "an import or export list");
        specifiers(i);
        return t.match(i) + 1;
    }

    private void specifiers(int open) {
        int close = t.match(open);
        int kept = 0;
        int typeOnly = 0;
        int i = open + 1;
        while (i < close) {
            int end = i;
            while (end < close && !t.is(end, ",")) end++;
            if (isTypeSpecifier(i)) typeOnly++;
            else kept++;
            i = end + 1;
        }
        if (typeOnly == 0) return;
        if (kept == 0) {
            e.edits().erase(t.get(open).end(), t.get(close).start());
            return;
        }
        for (i = open + 1; i < close; ) {
            int end = i;
            while (end < close && !t.is(end, ",")) end++;
            if (isTypeSpecifier(i)) e.eraseListElement(i, end);
            i = end + 1;
        }
    }

    /** {@code type A} or {@code type A as B}; but {@code type} alone or {@code type as x} names a binding. */
    private boolean isTypeSpecifier(int i) {
        if (!t.is(i, "type") || !t.get(i + 1).isNameLike()) return false;
        return !t.is(i + 1, "as") || t.is(i + 2, "as");
    }

    /** {@code from "m"} with import attributes, from {@code i}; returns the index after it. */
    private int fromClauseEnd(int i) throws TypeEraseException {
        if (!t.is(i, "from")) return i;
        if (t.get(i + 1).kind() != Kind.STRING) throw e.unreadable(i + 1, "a module name");
        i += 2;
        if ((t.is(i, "with") || t.is(i, "assert")) && t.is(i + 1, "{") && t.sameLine(i)) i = t.match(i + 1) + 1;
        return i;
    }

    /** {@code require("m")} or {@code A.B} after {@code import type X =}. */
    private int requireEnd(int i) {
        if (t.is(i, "require") && t.is(i + 1, "(")) return t.match(i + 1) + 1;
        while (t.get(i).isWord() && t.is(i + 1, ".")) i += 2;
        return i + 1;
    }
}
