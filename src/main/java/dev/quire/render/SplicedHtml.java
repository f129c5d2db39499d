package dev.quire.render;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps big blocks of finished HTML (highlighted code, component output) out of flexmark's line
 * writer, which looks at every character it is given: the page's writer gets a one-line marker, and
 * the block replaces its marker in the finished page. A block is set aside only where the writer
 * would have passed it through unchanged (the page's own writer, no prefix or indent, not
 * preformatted, at the start of a line; the block has no blank line, no line starting with a space or tab, no carriage
 * return), so the page's bytes are the same either way. One per page render, stored on the document.
 */
final class SplicedHtml {

    private static final NullableDataKey<SplicedHtml> KEY = new NullableDataKey<>("QUIRE_SPLICED_HTML");
    /** Starts every marker: a control character and a random number, so no page text can look like one. */
    private static final String MARK = "\u0001" + Long.toHexString(new SecureRandom().nextLong()) + ":";
    private static final char END = '\u0002';
    private static final int UNSAFE_OPTIONS = LineAppendable.F_CONVERT_TABS | LineAppendable.F_COLLAPSE_WHITESPACE
            | LineAppendable.F_TRIM_TRAILING_WHITESPACE | LineAppendable.F_PASS_THROUGH;

    private final List<String> blocks = new ArrayList<>();
    private HtmlWriter page;

    /** A fresh one on {@code doc}, for one render of it. */
    static SplicedHtml attach(Document doc) {
        SplicedHtml spliced = new SplicedHtml();
        doc.set(KEY, spliced);
        return spliced;
    }

    /**
     * Does {@code writer.raw(html).line()}, with {@code html} set aside when the document has a
     * {@code SplicedHtml} and that gives the same bytes.
     */
    static void rawLine(Node node, HtmlWriter writer, String html) {
        SplicedHtml spliced = KEY.get(node.getDocument());
        String block = spliced == null ? null : spliced.spliceable(writer, html);
        writer.raw(block == null ? html : spliced.marker(block)).line();
    }

    /**
     * Does {@code writer.raw(html)} in the middle of a line, with {@code html} set aside when the
     * document has a {@code SplicedHtml} and that gives the same bytes: the line so far ends in
     * something else than a space or tab, and {@code html} is one line.
     */
    static void rawInline(Node node, HtmlWriter writer, String html) {
        SplicedHtml spliced = KEY.get(node.getDocument());
        boolean aside = spliced != null && writer == spliced.page && writer.column() > 0 && !writer.isPendingSpace()
                && plainWriter(writer) && html.indexOf('\n') < 0 && html.indexOf('\r') < 0;
        writer.raw(aside ? spliced.marker(html) : html);
    }

    /** The rendered page with every block in place of its marker. */
    String apply(String html) {
        if (blocks.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + blocks.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String marker = MARK + i + END;
            int at = html.indexOf(marker, from);
            if (at < 0) throw new IllegalStateException("marker of block " + i + " missing from the rendered page");
            out.append(html, from, at).append(blocks.get(i));
            from = at + marker.length();
        }
        return out.append(html, from, html.length()).toString();
    }

    private String marker(String block) {
        blocks.add(block);
        return MARK + (blocks.size() - 1) + END;
    }

    /** The block to set aside for {@code html} (without its final newline), or null when the writer could change it. */
    private String spliceable(HtmlWriter writer, String html) {
        if (writer != page || writer.column() != 0 || !plainWriter(writer)) return null;
        int end = html.endsWith("\n") ? html.length() - 1 : html.length();
        if (end == 0 || startsBlankOrIndented(html, 0)) return null;
        for (int i = 0; i < end; i++) {
            char c = html.charAt(i);
            if (c == '\r' || c == '\n' && (i + 1 == end || startsBlankOrIndented(html, i + 1))) return null;
        }
        return html.substring(0, end);
    }

    /** Not preformatted, no prefix or indent, no option that changes text inside a line. */
    private static boolean plainWriter(HtmlWriter writer) {
        return !writer.isPreFormatted() && (writer.getOptions() & UNSAFE_OPTIONS) == 0 && writer.getPrefix().length() == 0
                && writer.getBeforeEolPrefix().length() == 0 && writer.getIndentPrefix().length() == 0;
    }

    private static boolean startsBlankOrIndented(String s, int i) {
        char c = s.charAt(i);
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** Records the page's own writer (component children are rendered by other writers, which keep every block). */
    static final class PageWriter implements PhasedNodeRenderer {

        @Override
        public Set<RenderingPhase> getRenderingPhases() {
            return Set.of(RenderingPhase.BODY_TOP);
        }

        @Override
        public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
            SplicedHtml spliced = KEY.get(document);
            if (spliced != null) spliced.page = html;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of();
        }
    }
}
