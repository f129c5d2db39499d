package dev.quire.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import dev.quire.template.HtmlEscaping;

import java.util.Set;

/**
 * Renders headings with their id and a self-link beside them:
 * {@code <div class="heading-wrapper level-h2"><h2 id="x">…</h2><a class="anchor-link" href="#x">…</a></div>}.
 * The h1 of a page is its title and comes from the layout; an h1 in the body gets no wrapper.
 */
final class HeadingNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
        Document doc = node.getDocument();
        HeadingIds.Heading heading = HeadingIds.IDS.get(doc).get(node);
        String id = heading == null ? null : heading.id();
        String tag = "h" + node.getLevel();
        boolean anchored = id != null && node.getLevel() > 1;
        if (anchored) html.raw("<div class=\"heading-wrapper level-" + tag + "\">");
        if (id != null) html.attr("id", id);
        html.withAttr().tag(tag);
        context.renderChildren(node);
        html.closeTag(tag);
        if (anchored) {
            String text = heading.text();
            // the quotes as character references: an ASCII page stays a Latin-1 string all the way to its bytes
            SplicedHtml.rawInline(node, html, "<a class=\"anchor-link\" href=\"#" + id + "\"><span aria-hidden=\"true\">#</span>"
                    + "<span class=\"sr-only\">Section titled &ldquo;" + HtmlEscaping.escaped(text) + "&rdquo;</span></a></div>");
        }
        html.line();
    }
}
