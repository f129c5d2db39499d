package dev.quire.mdx.internal;

import dev.quire.mdx.ConstRef;
import dev.quire.mdx.PropRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Reads the JavaScript literals MDX allows as values: strings, template literals without {@code ${}},
 * numbers, booleans, object and array literals (trailing commas, quoted or bare keys),
 * {@code props.x} and constant names. Anything else is a {@link Failure} at the offending offset.
 */
final class PropValueParser {

    /** Thrown inside the parser only; callers get it as a {@link Problem}. */
    static final class Failure extends RuntimeException {
        final transient Problem problem;

        Failure(int offset, String message, String hint) {
            super(message, null, false, false);
            this.problem = new Problem(offset, message, hint);
        }
    }

    /** A parsed value and the index just after it. */
    record Parsed(Object value, int end) {
    }

    private static final int MAX_DEPTH = 64;
    private final JsScanner scan;
    private final IntUnaryOperator offsets;

    /** @param offsets turns an index of the scanned text into a file offset, for failures */
    PropValueParser(JsScanner scan, IntUnaryOperator offsets) {
        this.scan = scan;
        this.offsets = offsets;
    }

    Parsed value(int i) {
        return value(i, 0);
    }

    private Parsed value(int start, int depth) {
        int i = space(start);
        char c = scan.at(i);
        if (depth > MAX_DEPTH) throw fail(i, "value nested too deeply", null);
        if (c == '"' || c == '\'') return string(i);
        if (c == '`') return template(i);
        if (c == '{') return object(i, depth);
        if (c == '[') return array(i, depth);
        if (c == '-' || c == '.' || Character.isDigit(c)) return number(i);
        if (JsScanner.isIdentStart(c)) return word(i);
        throw fail(i, c == '\0' ? "missing value" : "unexpected '" + c + "' in value", null);
    }

    private Parsed string(int i) {
        int end = scan.skipString(i);
        if (end < 0) throw fail(i, "unterminated string", "close the string on the same line");
        return new Parsed(unescape(i + 1, end - 1), end);
    }

    private Parsed template(int i) {
        int end = scan.skipTemplate(i);
        if (end < 0) throw fail(i, "unterminated template literal", "close it with a backtick");
        for (int j = i + 1; j < end - 1; j++) {
            if (scan.at(j) == '\\') j++;
            else if (scan.at(j) == '$' && scan.at(j + 1) == '{') {
                throw fail(j, "template literal placeholders ${...} are not supported",
                        "write the text out in full, or pass it as a separate prop");
            }
        }
        return new Parsed(unescape(i + 1, end - 1), end);
    }

    private String unescape(int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int j = from; j < to; j++) {
            char c = scan.at(j);
            if (c != '\\' || j + 1 >= to) {
                out.append(c);
                continue;
            }
            char e = scan.at(++j);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\n' -> { }
                case 'u' -> {
                    if (j + 4 < to && isHex(j + 1, 4)) {
                        out.append((char) Integer.parseInt(hex(j + 1, 4), 16));
                        j += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private boolean isHex(int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (Character.digit(scan.at(k), 16) < 0) return false;
        }
        return true;
    }

    private String hex(int from, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < from + n; k++) s.append(scan.at(k));
        return s.toString();
    }

    private Parsed number(int i) {
        int j = scan.at(i) == '-' ? i + 1 : i;
        int digits = j;
        while (Character.isDigit(scan.at(j)) || scan.at(j) == '.' || scan.at(j) == '_') j++;
        if (j == digits) throw fail(i, "malformed number", null);
        String s = text(i, j).replace("_", "");
        try {
            if (s.contains(".")) return new Parsed(Double.parseDouble(s), j);
            return new Parsed(Long.parseLong(s), j);
        } catch (NumberFormatException e) {
            throw fail(i, "malformed number '" + s + "'", null);
        }
    }

    private Parsed word(int i) {
        int j = scan.skipIdent(i);
        String w = text(i, j);
        switch (w) {
            case "true": return new Parsed(Boolean.TRUE, j);
            case "false": return new Parsed(Boolean.FALSE, j);
            case "props":
                if (scan.at(j) == '.' && JsScanner.isIdentStart(scan.at(j + 1))) {
                    int k = scan.skipIdent(j + 1);
                    if (scan.at(k) != '.' && scan.at(k) != '(' && scan.at(k) != '[') {
                        return new Parsed(new PropRef(text(j + 1, k)), k);
                    }
                }
                throw fail(i, "only props.name is supported here", null);
            default:
                if (scan.at(j) == '.' || scan.at(j) == '(' || scan.at(j) == '[') {
                    throw fail(i, "unsupported expression '" + w + scan.at(j) + "...'",
                            "use a literal value, props.name or the name of an exported constant");
                }
                return new Parsed(new ConstRef(w), j);
        }
    }

    private Parsed object(int i, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int j = space(i + 1);
        while (scan.at(j) != '}') {
            char c = scan.at(j);
            String key;
            if (c == '"' || c == '\'') {
                Parsed k = string(j);
                key = (String) k.value();
                j = k.end();
            } else if (JsScanner.isIdentStart(c) || Character.isDigit(c)) {
                int e = Character.isDigit(c) ? digitsEnd(j) : scan.skipIdent(j);
                key = text(j, e);
                j = e;
            } else {
                throw fail(j, c == '\0' ? "unclosed object literal" : "expected a key in object literal, found '" + c + "'",
                        "write keys as name: value, separated by commas");
            }
            j = space(j);
            if (scan.at(j) != ':') throw fail(j, "expected ':' after key '" + key + "'", null);
            Parsed v = value(j + 1, depth + 1);
            map.put(key, v.value());
            j = separator(v.end(), '}');
        }
        return new Parsed(map, j + 1);
    }

    private Parsed array(int i, int depth) {
        List<Object> list = new ArrayList<>();
        int j = space(i + 1);
        while (scan.at(j) != ']') {
            if (scan.at(j) == '\0') throw fail(j, "unclosed array literal", null);
            Parsed v = value(j, depth + 1);
            list.add(v.value());
            j = separator(v.end(), ']');
        }
        return new Parsed(list, j + 1);
    }

    /** After an element: a comma (then maybe the closer) or the closer itself. */
    private int separator(int after, char closer) {
        int j = space(after);
        if (scan.at(j) == ',') return space(j + 1);
        if (scan.at(j) == closer) return j;
        throw fail(j, "expected ',' or '" + closer + "'", null);
    }

    private int digitsEnd(int i) {
        int j = i;
        while (Character.isDigit(scan.at(j))) j++;
        return j;
    }

    /** Whitespace, newlines and comments. */
    int space(int i) {
        int j = i;
        while (true) {
            j = scan.skipWhitespace(j);
            if (scan.startsWith(j, "/*")) {
                int e = scan.skipComment(j);
                if (e < 0) throw fail(j, "unclosed comment", null);
                j = e;
            } else if (scan.startsWith(j, "//")) {
                while (j < scan.limit() && scan.at(j) != '\n') j++;
            } else {
                return j;
            }
        }
    }

    private String text(int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        for (int k = from; k < to; k++) s.append(scan.at(k));
        return s.toString();
    }

    Failure fail(int index, String message, String hint) {
        return new Failure(offsets.applyAsInt(Math.min(index, scan.limit())), message, hint);
    }
}
