package dev.quire.render.code;

import dev.quire.template.HtmlEscaping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The HTML of one code block: a {@code <figure class="code-block">} holding the title bar, the
 * highlighted {@code <pre><code>} with one {@code <span class="line">} per line (classes {@code mark},
 * {@code ins}, {@code del} on marked lines; collapsed ranges inside {@code <details class="code-collapse">},
 * which works without JavaScript) and a hidden copy button that the theme's script reveals.
 * The same input always gives the same bytes.
 */
public final class CodeBlockHtml {

    /**
     * @param html     the {@code <figure>} element
     * @param warnings what rendering could not honour (unknown language, lines past the end); the
     *                 meta's own warnings stay in {@link CodeMeta#warnings()} and are not repeated here
     */
    public record Rendered(String html, List<String> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    private CodeBlockHtml() {
    }

    /**
     * Renders a fence's content; one final line end (the one before the closing fence) is not a line.
     */
    public static Rendered render(CodeMeta meta, String code, CodeHighlighter highlighter) {
        CodeHighlighter.Result highlighted = highlighter.highlight(meta.language(), withoutFinalLineEnd(code));
        List<String> lines = highlighted.lines();
        List<String> warnings = new ArrayList<>();
        if (highlighted.warning() != null) {
            warnings.add(highlighted.warning());
        }
        int count = lines.size();
        pastEnd("", meta.marks(), count, warnings);
        pastEnd("ins=", meta.ins(), count, warnings);
        pastEnd("del=", meta.del(), count, warnings);
        pastEnd("collapse=", meta.collapse(), count, warnings);

        StringBuilder html = new StringBuilder(64 * (count + 4));
        figureStart(meta, html);
        html.append("<pre class=\"language-")
                .append(HtmlEscaping.escaped(meta.language().isEmpty() ? "text" : meta.language()))
                .append("\" tabindex=\"0\"><code>");
        List<LineRange> folds = merged(meta.collapse(), count);
        int fold = 0;
        for (int n = 1; n <= count; n++) {
            LineRange open = fold < folds.size() ? folds.get(fold) : null;
            if (open != null && open.from() == n) {
                int folded = open.to() - open.from() + 1;
                html.append("<details class=\"code-collapse\"><summary>").append(folded)
                        .append(folded == 1 ? " collapsed line" : " collapsed lines").append("</summary>");
            }
            html.append("<span class=\"").append(lineClasses(meta, n)).append("\">").append(lines.get(n - 1))
                    .append("</span>");
            if (n < count) {
                html.append('\n');
            }
            if (open != null && open.to() == n) {
                html.append("</details>");
                fold++;
            }
        }
        html.append("</code></pre>")
                .append("<button class=\"copy-button\" type=\"button\" aria-label=\"Copy code\" hidden>Copy</button>")
                .append("</figure>");
        return new Rendered(html.toString(), warnings);
    }

    private static void figureStart(CodeMeta meta, StringBuilder html) {
        html.append("<figure class=\"code-block\"");
        if (!meta.language().isEmpty()) {
            html.append(" data-language=\"").append(HtmlEscaping.escaped(meta.language())).append('"');
        }
        switch (meta.frame()) {
            case TERMINAL -> html.append(" data-frame=\"terminal\"");
            case NONE -> html.append(" data-frame=\"none\"");
            case CODE -> { }
        }
        if (meta.flags().contains("showLineNumbers")) {
            html.append(" data-line-numbers");
        }
        if (meta.flags().contains("output")) {
            html.append(" data-output");
        }
        if (meta.flags().contains("wrap")) {
            html.append(" data-wrap");
        }
        html.append('>');
        if (meta.frame() != CodeMeta.Frame.NONE && meta.title() != null) {
            html.append("<figcaption class=\"code-title\">").append(HtmlEscaping.escaped(meta.title())).append("</figcaption>");
        } else if (meta.frame() == CodeMeta.Frame.TERMINAL) {
            html.append("<figcaption class=\"code-title\" aria-hidden=\"true\"></figcaption>");
        }
    }

    private static String lineClasses(CodeMeta meta, int line) {
        StringBuilder classes = new StringBuilder("line");
        if (covers(meta.marks(), line)) {
            classes.append(" mark");
        }
        if (covers(meta.ins(), line)) {
            classes.append(" ins");
        }
        if (covers(meta.del(), line)) {
            classes.append(" del");
        }
        return classes.toString();
    }

    private static boolean covers(List<LineRange> ranges, int line) {
        for (LineRange range : ranges) {
            if (range.contains(line)) {
                return true;
            }
        }
        return false;
    }

    /** Collapse ranges cut to the block, sorted, with overlapping and touching ones joined. */
    private static List<LineRange> merged(List<LineRange> ranges, int count) {
        List<LineRange> sorted = new ArrayList<>();
        for (LineRange range : ranges) {
            if (range.from() <= count) {
                sorted.add(new LineRange(range.from(), Math.min(range.to(), count)));
            }
        }
        sorted.sort(Comparator.comparingInt(LineRange::from));
        List<LineRange> merged = new ArrayList<>();
        for (LineRange range : sorted) {
            LineRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.from() <= last.to() + 1) {
                merged.set(merged.size() - 1, new LineRange(last.from(), Math.max(last.to(), range.to())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static void pastEnd(String key, List<LineRange> ranges, int count, List<String> warnings) {
        for (LineRange range : ranges) {
            if (range.to() > count) {
                LineRange outside = new LineRange(Math.max(range.from(), count + 1), range.to());
                boolean one = outside.from() == outside.to();
                warnings.add((one ? "line " : "lines ") + outside + " in " + key + "{" + range + "} "
                        + (one ? "is" : "are") + " past the end of the " + count + "-line block and "
                        + (one ? "is" : "are") + " ignored");
            }
        }
    }

    private static String withoutFinalLineEnd(String code) {
        if (code.endsWith("\r\n")) {
            return code.substring(0, code.length() - 2);
        }
        return code.endsWith("\n") || code.endsWith("\r") ? code.substring(0, code.length() - 1) : code;
    }
}
