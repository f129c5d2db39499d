package dev.quire.mdx.internal;

import dev.quire.mdx.Prop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Reads a component tag ({@code <Name a="x" b={…} flag>}, {@code </Name>}, {@code <Name … />}) from a
 * scanned text. Malformed props become problems and reading goes on after them; only a tag that never
 * ends is refused.
 */
final class TagReader {

    /** The tag, or why it could not be read (then {@code tag} is null). */
    record Result(TagToken tag, Problem unterminated) {
    }

    private final JsScanner scan;
    private final IntUnaryOperator offsets;
    private final PropValueParser values;

    TagReader(JsScanner scan, IntUnaryOperator offsets) {
        this.scan = scan;
        this.offsets = offsets;
        this.values = new PropValueParser(scan, offsets);
    }

    /** True when a component tag (capitalised name) starts at i. */
    boolean startsTag(int i) {
        if (scan.at(i) != '<') return false;
        int n = scan.at(i + 1) == '/' ? i + 2 : i + 1;
        if (!Character.isUpperCase(scan.at(n))) return false;
        char after = scan.at(nameEnd(n));
        return after == '>' || after == '/' || Character.isWhitespace(after) || after == '\0';
    }

    private int nameEnd(int n) {
        int j = n;
        while (Character.isLetterOrDigit(scan.at(j)) || scan.at(j) == '_') j++;
        return j;
    }

    /** Reads the tag at i; call only where {@link #startsTag} is true. */
    Result read(int i) {
        boolean closing = scan.at(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameEnd(nameStart);
        String name = text(nameStart, nameEnd);
        List<Prop> props = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int j = scan.skipWhitespace(nameEnd);
        while (true) {
            char c = scan.at(j);
            if (c == '\0') {
                return new Result(null, new Problem(offsets.applyAsInt(i), "component tag <" + (closing ? "/" : "") + name
                        + "> is never closed with '>'", "end the tag with '>' or '/>'"));
            }
            if (c == '>' || (c == '/' && scan.at(j + 1) == '>')) {
                int endIndex = c == '>' ? j + 1 : j + 2;
                TagToken.Kind kind = closing ? TagToken.Kind.CLOSE
                        : c == '>' ? TagToken.Kind.OPEN : TagToken.Kind.SELF_CLOSING;
                if (closing && (!props.isEmpty() || c == '/')) {
                    problems.add(new Problem(offsets.applyAsInt(i), "closing tag </" + name + "> cannot have props",
                            "write it as </" + name + ">"));
                }
                return new Result(new TagToken(kind, name, offsets.applyAsInt(i), offsets.applyAsInt(nameStart),
                        offsets.applyAsInt(endIndex), endIndex, List.copyOf(props), List.copyOf(problems)), null);
            }
            j = scan.skipWhitespace(prop(j, props, problems));
        }
    }

    /** Reads one prop at j (adding it or a problem) and returns the index after it. */
    private int prop(int j, List<Prop> props, List<Problem> problems) {
        char c = scan.at(j);
        if (!JsScanner.isIdentStart(c)) {
            problems.add(new Problem(offsets.applyAsInt(j), "malformed prop: unexpected '" + c + "'",
                    "write props as name=\"text\", name={value} or a bare name"));
            return skipJunk(j);
        }
        int nameEnd = j;
        while (JsScanner.isIdentPart(scan.at(nameEnd)) || scan.at(nameEnd) == '-' || scan.at(nameEnd) == ':') nameEnd++;
        String name = text(j, nameEnd);
        int k = scan.skipWhitespace(nameEnd);
        if (scan.at(k) != '=') {
            props.add(new Prop(name, Boolean.TRUE, offsets.applyAsInt(j), offsets.applyAsInt(j)));
            return nameEnd;
        }
        int v = scan.skipWhitespace(k + 1);
        char q = scan.at(v);
        if (q == '"' || q == '\'') {
            int end = v + 1;
            while (end < scan.limit() && scan.at(end) != q) end++;
            if (end >= scan.limit()) {
                problems.add(new Problem(offsets.applyAsInt(v), "malformed prop '" + name + "': unterminated string", null));
                return scan.limit();
            }
            props.add(new Prop(name, text(v + 1, end), offsets.applyAsInt(j), offsets.applyAsInt(v)));
            return end + 1;
        }
        if (q == '{') return braced(name, j, v, props, problems);
        problems.add(new Problem(offsets.applyAsInt(v), "malformed prop '" + name + "': expected \"text\" or {value} after '='",
                "quote the value: " + name + "=\"...\""));
        return skipJunk(v);
    }

    private int braced(String name, int nameAt, int v, List<Prop> props, List<Problem> problems) {
        try {
            int start = values.space(v + 1);
            if (scan.startsWith(start, "...")) {
                throw values.fail(start, "spread props {...} are not supported", "write each prop out by name");
            }
            PropValueParser.Parsed parsed = values.value(start);
            int close = values.space(parsed.end());
            if (scan.at(close) != '}') {
                throw values.fail(close, "malformed prop '" + name + "': expected '}' after the value",
                        "a prop value is one literal: {3}, {true}, {{ key: \"v\" }}, {[1, 2]}, {`text`}, {props.name}");
            }
            props.add(new Prop(name, parsed.value(), offsets.applyAsInt(nameAt), offsets.applyAsInt(v)));
            return close + 1;
        } catch (PropValueParser.Failure f) {
            Problem p = f.problem;
            String message = p.message().startsWith("malformed prop") ? p.message()
                    : "malformed prop '" + name + "': " + p.message();
            problems.add(new Problem(p.offset(), message, p.hint()));
            int end = scan.skipBalanced(v);
            return end < 0 ? scan.limit() : end;
        }
    }

    private int skipJunk(int j) {
        int k = j + 1;
        while (k < scan.limit() && !Character.isWhitespace(scan.at(k)) && scan.at(k) != '>' && scan.at(k) != '/') k++;
        return k;
    }

    private String text(int from, int to) {
        StringBuilder s = new StringBuilder(Math.max(0, to - from));
        for (int k = from; k < to; k++) s.append(scan.at(k));
        return s.toString();
    }
}
