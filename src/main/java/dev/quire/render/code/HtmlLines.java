package dev.quire.render.code;

import dev.quire.template.HtmlEscaping;
import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns prism4j's token tree into one HTML string per source line. A token that spans lines is
 * closed at each line end and reopened on the next line, so every line's spans are balanced; a span
 * is only opened once it has text on that line, so no empty spans appear.
 */
final class HtmlLines {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    /** Open tags, outermost first; the first {@code written} of them are already in {@code line}. */
    private final List<String> open = new ArrayList<>();
    private int written;

    private HtmlLines() {
    }

    /** One HTML string per {@code \n}-separated line of the text the nodes cover. */
    static List<String> of(List<? extends Prism4j.Node> nodes) {
        HtmlLines out = new HtmlLines();
        out.nodes(nodes);
        out.endLine();
        return out.lines;
    }

    private void nodes(List<? extends Prism4j.Node> nodes) {
        for (Prism4j.Node node : nodes) {
            if (node instanceof Prism4j.Syntax syntax) {
                open.add(syntax instanceof Tokenizer.Syntax own ? own.openTag() : openTag(syntax.type(), syntax.alias()));
                nodes(syntax.children());
                if (written == open.size()) {
                    line.append("</span>");
                    written--;
                }
                open.remove(open.size() - 1);
            } else if (node instanceof Tokenizer.Text own) {
                text(own.source(), own.start(), own.start() + own.textLength());
            } else {
                String literal = ((Prism4j.Text) node).literal();
                text(literal, 0, literal.length());
            }
        }
    }

    /** The tag that opens a token of that type and alias (null for none); {@link CompiledGrammar} makes them once. */
    static String openTag(String type, String alias) {
        String classes = alias == null ? "token " + type : "token " + type + " " + alias;
        return "<span class=\"" + HtmlEscaping.escaped(classes) + "\">";
    }

    /** The characters {@code text[from, to)}. */
    private void text(String text, int from, int to) {
        int start = from;
        for (int end = text.indexOf('\n', from); end >= 0 && end < to; end = text.indexOf('\n', start)) {
            chunk(text, start, end);
            endLine();
            start = end + 1;
        }
        chunk(text, start, to);
    }

    private void chunk(String text, int from, int to) {
        if (from == to) {
            return;
        }
        for (; written < open.size(); written++) {
            line.append(open.get(written));
        }
        HtmlEscaping.escapeTo(line, text, from, to);
    }

    private void endLine() {
        for (; written > 0; written--) {
            line.append("</span>");
        }
        lines.add(line.toString());
        line.setLength(0);
    }
}
