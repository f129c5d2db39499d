package dev.quire.render.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one fence info string into a {@link CodeMeta}, turning everything it cannot use into warnings. */
final class MetaParser {

    private static final String OPTIONS = "title, frame, mark, ins, del, collapse, showLineNumbers, wrap, output";
    private static final Set<String> FLAGS = Set.of("showLineNumbers", "wrap", "output");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?");

    private final String info;
    private int pos;
    private String title;
    private CodeMeta.Frame frame;
    private final List<LineRange> marks = new ArrayList<>();
    private final List<LineRange> ins = new ArrayList<>();
    private final List<LineRange> del = new ArrayList<>();
    private final List<LineRange> collapse = new ArrayList<>();
    private final Set<String> flags = new TreeSet<>();
    private final List<String> warnings = new ArrayList<>();

    /** An option's value and how it was written: in braces, in quotes, or bare. */
    private record Value(String key, String text, char kind) {
        String written() {
            return switch (kind) {
                case '{' -> key + "{" + text + "}";
                case '"', '\'' -> key + kind + text + kind;
                default -> key + text;
            };
        }
    }

    MetaParser(String info) {
        this.info = info.strip();
    }

    CodeMeta parse() {
        String language = language();
        for (skipSpace(); pos < info.length(); skipSpace()) {
            char c = info.charAt(pos);
            if (c == '{') {
                ranges(value(""), marks);
            } else if (c == '"' || c == '\'') {
                textMarker(value(""));
            } else {
                option();
            }
        }
        if (frame == CodeMeta.Frame.NONE && title != null) {
            warnings.add("title=\"" + title + "\" is not shown with frame=\"none\"; remove one of them");
        }
        CodeMeta.Frame resolved = frame != null ? frame
                : Languages.isShell(language) ? CodeMeta.Frame.TERMINAL : CodeMeta.Frame.CODE;
        return new CodeMeta(language, title, marks, ins, del, collapse, resolved, new TreeSet<>(flags), warnings);
    }

    /** The first word, unless the info string starts straight away with meta ({@code {1}}, {@code title=…}). */
    private String language() {
        int end = pos;
        while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
            end++;
        }
        String word = info.substring(pos, end);
        if (word.isEmpty() || word.contains("=") || word.startsWith("\"") || word.startsWith("'")) {
            return "";
        }
        pos = end;
        return word.toLowerCase(Locale.ROOT);
    }

    private void option() {
        int start = pos;
        while (pos < info.length() && !Character.isWhitespace(info.charAt(pos)) && info.charAt(pos) != '=') {
            pos++;
        }
        String key = info.substring(start, pos);
        if (pos < info.length() && info.charAt(pos) == '=') {
            pos++;
            keyed(value(key + "="));
        } else {
            flag(key);
        }
    }

    /** Reads the value at {@code pos}: {@code {…}}, {@code "…"}, {@code '…'} or a bare word. */
    private Value value(String key) {
        if (pos >= info.length()) {
            return new Value(key, "", ' ');
        }
        char open = info.charAt(pos);
        if (open == '{' || open == '"' || open == '\'') {
            char close = open == '{' ? '}' : open;
            StringBuilder text = new StringBuilder();
            for (pos++; pos < info.length() && info.charAt(pos) != close; pos++) {
                boolean escaped = open != '{' && info.charAt(pos) == '\\' && pos + 1 < info.length();
                text.append(info.charAt(escaped ? ++pos : pos));
            }
            Value value = new Value(key, text.toString(), open);
            if (pos >= info.length()) {
                warnings.add("unclosed '" + open + "' in " + key + open + text + "; add the closing '" + close + "'");
            }
            pos++;
            return value;
        }
        int start = pos;
        while (pos < info.length() && !Character.isWhitespace(info.charAt(pos))) {
            pos++;
        }
        return new Value(key, info.substring(start, pos), ' ');
    }

    private void keyed(Value value) {
        String key = value.key().substring(0, value.key().length() - 1);
        switch (key) {
            case "title" -> title = value.text().isEmpty() ? null : value.text();
            case "frame" -> frame(value);
            case "mark" -> rangesOrMarker(value, marks);
            case "ins" -> rangesOrMarker(value, ins);
            case "del" -> rangesOrMarker(value, del);
            case "collapse" -> {
                if (value.kind() == '{') {
                    ranges(value, collapse);
                } else {
                    warnings.add(value.written() + " is ignored; write the lines in braces, like collapse={1-5}");
                }
            }
            case "showLineNumbers", "wrap" -> {
                String text = value.text().strip();
                if (text.equals("true") || text.equals("false")) {
                    if (text.equals("true")) {
                        flags.add(key);
                    }
                } else {
                    warnings.add(value.written() + " is ignored; write " + key + " or " + key + "={false}");
                }
            }
            case "lang" -> warnings.add(value.written() + " is not supported and is ignored");
            default -> warnings.add("unknown code fence option '" + key + "' is ignored; remove it (options: "
                    + OPTIONS + ")");
        }
    }

    private void frame(Value value) {
        switch (value.text().toLowerCase(Locale.ROOT)) {
            case "code" -> frame = CodeMeta.Frame.CODE;
            case "terminal" -> frame = CodeMeta.Frame.TERMINAL;
            case "none" -> frame = CodeMeta.Frame.NONE;
            case "auto" -> frame = null;
            default -> warnings.add("unknown " + value.written()
                    + " is ignored; use frame=\"code\", frame=\"terminal\" or frame=\"none\"");
        }
    }

    private void flag(String word) {
        if (FLAGS.contains(word)) {
            flags.add(word);
        } else if (word.equals("playground")) {
            warnings.add("'playground' is not supported and is ignored; the block renders without a playground link");
        } else if (word.length() > 2 && word.startsWith("/") && word.endsWith("/")) {
            textMarker(new Value("", word, ' '));
        } else {
            warnings.add("unknown code fence option '" + word + "' is ignored; remove it (options: " + OPTIONS + ")");
        }
    }

    private void rangesOrMarker(Value value, List<LineRange> into) {
        if (value.kind() == '{') {
            ranges(value, into);
        } else {
            textMarker(value);
        }
    }

    private void textMarker(Value value) {
        warnings.add("text marker " + value.written() + " is not supported and is ignored; mark whole lines with "
                + value.key() + "{N} instead");
    }

    private void ranges(Value value, List<LineRange> into) {
        if (value.text().isBlank()) {
            warnings.add(value.written() + " names no lines and is ignored");
            return;
        }
        for (String item : value.text().split(",")) {
            String range = item.strip();
            Matcher m = RANGE.matcher(range);
            if (range.isEmpty()) {
                continue;
            }
            if (!m.matches()) {
                warnings.add("invalid line range '" + range + "' in " + value.written()
                        + " is ignored; write line numbers like {2,4-6}");
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from == 0) {
                warnings.add("line range '" + range + "' in " + value.written()
                        + " is ignored; lines are numbered from 1");
            } else if (to < from) {
                warnings.add("line range '" + range + "' in " + value.written() + " is ignored; write it as "
                        + to + "-" + from);
            } else {
                into.add(new LineRange(from, to));
            }
        }
    }

    private void skipSpace() {
        while (pos < info.length() && Character.isWhitespace(info.charAt(pos))) {
            pos++;
        }
    }
}
