package dev.quire.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Renders text nodes as flexmark does (backslash escapes and entities resolved, line ends made
 * {@code \n}, HTML escaped), taking the text straight from the page's string and skipping the
 * unescaping and line-end passes when there is nothing for them to change (no {@code \}, {@code &}
 * or {@code \r}). flexmark copies every text node character by character, twice, before escaping it,
 * and escapes it with a regular expression and a new matcher per node.
 */
final class TextNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextNodeRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = PageChars.string(node.getChars());
        html.raw(escape(plain(text) ? text : Escaping.normalizeEOL(Escaping.unescapeString(text))));
    }

    /** {@code text} escaped as {@link HtmlWriter#text} does: {@code &}, {@code <}, {@code >} and {@code "}, not {@code '}. */
    static String escape(String text) {
        int i = 0;
        while (i < text.length() && !special(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }

    /** Whether unescaping and normalizing line ends leave {@code text} as it is. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') return false;
        }
        return true;
    }
}
