package dev.quire.mdx.internal;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.ImportedName;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code import} or {@code export const} statement from the document text, starting at a
 * line start. The statement may span lines; it must end its last line (a {@code ;} is optional).
 */
final class EsmReader {

    /** The statement's node and its end offset, or the problem that made it malformed. */
    record Statement(EsmBlock block, int end, Problem problem) {
    }

    private final BasedSequence base;
    private final JsScanner scan;
    private final PropValueParser values;

    /** @param limit the statement must end before this offset (the end of its paragraph) */
    EsmReader(BasedSequence base, int limit) {
        this.base = base;
        this.scan = new JsScanner(base, limit);
        this.values = new PropValueParser(scan, i -> i);
    }

    /** The statement at i, or null when the text there is no import/export at all. */
    Statement read(int i) {
        if (keyword(i, "import")) return importStatement(i);
        if (keyword(i, "export")) return exportStatement(i);
        return null;
    }

    private boolean keyword(int i, String word) {
        return scan.startsWith(i, word) && Character.isWhitespace(scan.at(i + word.length()));
    }

    private Statement importStatement(int start) {
        List<int[]> names = new ArrayList<>();
        int i = scan.skipWhitespace(start + 6);
        char c = scan.at(i);
        if (c != '"' && c != '\'') {
            if (!(c == '{' || c == '*' || JsScanner.isIdentStart(c))) return null;
            try {
                i = bindings(i, names);
            } catch (PropValueParser.Failure f) {
                return malformed(start, f.problem.offset());
            }
            if (!keyword(i, "from")) return looksLikeImport(start) ? malformed(start, i) : null;
            i = scan.skipWhitespace(i + 4);
        }
        char q = scan.at(i);
        int strEnd = q == '"' || q == '\'' ? scan.skipString(i) : -1;
        if (strEnd < 0) return looksLikeImport(start) ? malformed(start, i) : null;
        String from = base.subSequence(i + 1, strEnd - 1).toString();
        int end = endOfStatement(strEnd);
        if (end < 0) return malformed(start, strEnd);
        List<ImportedName> imported = new ArrayList<>();
        for (int[] n : names) imported.add(new ImportedName(base.subSequence(n[0], n[1]).toString(), n[0], from));
        return new Statement(new EsmBlock(base.subSequence(start, end), imported, null, null), end, null);
    }

    /** {@code Default}, {@code { A, B as C }}, {@code * as NS}, or {@code Default, { … }}; returns the index after. */
    private int bindings(int i, List<int[]> names) {
        int j = i;
        while (true) {
            char c = scan.at(j);
            if (c == '{') {
                j = values.space(j + 1);
                while (scan.at(j) != '}') {
                    int e = scan.skipIdent(j);
                    if (e == j) throw values.fail(j, "expected a name", null);
                    int[] bound = {j, e};
                    j = values.space(e);
                    if (keyword(j, "as")) {
                        int a = values.space(j + 2);
                        int ae = scan.skipIdent(a);
                        if (ae == a) throw values.fail(a, "expected a name after 'as'", null);
                        bound = new int[] {a, ae};
                        j = values.space(ae);
                    }
                    names.add(bound);
                    if (scan.at(j) == ',') j = values.space(j + 1);
                    else if (scan.at(j) != '}') throw values.fail(j, "expected ',' or '}'", null);
                }
                j++;
            } else if (c == '*') {
                int a = values.space(j + 1);
                if (!keyword(a, "as")) throw values.fail(a, "expected 'as'", null);
                int n = values.space(a + 2);
                int ne = scan.skipIdent(n);
                if (ne == n) throw values.fail(n, "expected a name", null);
                names.add(new int[] {n, ne});
                j = ne;
            } else {
                int e = scan.skipIdent(j);
                if (e == j) throw values.fail(j, "expected a name", null);
                names.add(new int[] {j, e});
                j = e;
            }
            j = values.space(j);
            if (scan.at(j) != ',') return j;
            j = values.space(j + 1);
        }
    }

    private Statement exportStatement(int start) {
        int i = scan.skipWhitespace(start + 6);
        if (!keyword(i, "const")) return unsupportedExport(start);
        int n = scan.skipWhitespace(i + 5);
        int ne = scan.skipIdent(n);
        int eq = scan.skipWhitespace(ne);
        if (ne == n || scan.at(eq) != '=') return unsupportedExport(start);
        try {
            PropValueParser.Parsed v = values.value(eq + 1);
            int end = endOfStatement(v.end());
            if (end < 0) return malformed(start, v.end());
            String name = base.subSequence(n, ne).toString();
            if (!(v.value() instanceof String s)) {
                return new Statement(null, -1, new Problem(values.space(eq + 1), "export const " + name
                        + " must be a string", "write export const " + name + " = \"text\";"));
            }
            return new Statement(new EsmBlock(base.subSequence(start, end), List.of(), name, s), end, null);
        } catch (PropValueParser.Failure f) {
            return new Statement(null, -1, new Problem(f.problem.offset(), "malformed export: " + f.problem.message(), f.problem.hint()));
        }
    }

    /** After the statement proper: spaces, an optional ';', then the line must end. */
    private int endOfStatement(int i) {
        int j = scan.skipSpaces(i);
        if (scan.at(j) == ';') j = scan.skipSpaces(j + 1);
        return scan.restOfLineBlank(j) ? j : -1;
    }

    private boolean looksLikeImport(int start) {
        int j = scan.skipWhitespace(start + 6);
        return scan.at(j) == '{' || scan.at(j) == '*' || lineHasFromString(j);
    }

    private boolean lineHasFromString(int j) {
        int k = j;
        while (k < scan.limit() && scan.at(k) != '\n') {
            if (keyword(k, "from") && "\"'".indexOf(scan.at(scan.skipWhitespace(k + 4))) >= 0) return true;
            k++;
        }
        return false;
    }

    private Statement malformed(int start, int at) {
        return new Statement(null, -1, new Problem(at, "malformed import statement",
                "write import { Name } from \"module\"; on its own lines"));
    }

    private Statement unsupportedExport(int start) {
        return new Statement(null, -1, new Problem(start, "unsupported export: only export const name = \"text\" is allowed",
                "remove it, or write the value as a string constant"));
    }
}
