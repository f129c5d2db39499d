package dev.quire.render.lint;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.Prop;
import dev.quire.model.facts.LinkRef;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of one node with the offset of each URL in its real file: Markdown links, images,
 * reference definitions and autolinks, {@code href}/{@code src} in raw HTML, and {@code href} props of
 * components. A URL still holding a placeholder ({@code {props.x}}) is left out.
 */
final class LinkCollector {

    private static final Pattern HTML_URL = Pattern.compile("\\b(href|src)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);

    private final Origin origin;
    private final List<LinkRef> out;

    LinkCollector(Origin origin, List<LinkRef> out) {
        this.origin = origin;
        this.out = out;
    }

    void visit(Node node) {
        if (node instanceof Link link) add(node, link.getUrl(), link.getStartOffset(), false);
        else if (node instanceof Image image) add(node, image.getUrl(), image.getStartOffset(), true);
        else if (node instanceof Reference ref) add(node, ref.getUrl(), ref.getStartOffset(), false);
        else if (node instanceof AutoLink auto) add(node, auto.getUrl(), auto.getStartOffset(), false);
        else if (node instanceof HtmlInline || node instanceof HtmlBlock) html(node);
        else if (node instanceof MdxComponent c) {
            for (Prop p : c.props()) {
                if (p.name().equals("href") && p.value() instanceof String s) {
                    add(node, s, p.valueOffset() + 1);
                }
            }
        }
    }

    private void html(Node node) {
        BasedSequence chars = node.getChars();
        Matcher m = HTML_URL.matcher(chars);
        while (m.find()) {
            add(node, m.group(2), chars.getStartOffset() + m.start(2), m.group(1).equalsIgnoreCase("src"));
        }
    }

    private void add(Node node, BasedSequence url, int fallback, boolean image) {
        int offset = url.isEmpty() ? fallback : url.getStartOffset();
        add(node, url.toString(), offset, image);
    }

    private void add(Node node, String href, int offset) {
        add(node, href, offset, false);
    }

    private void add(Node node, String href, int offset, boolean image) {
        if (href.contains("{")) return;
        out.add(new LinkRef(href, origin.position(node, offset), origin.excerpt(node, offset), origin.includedFrom(node), image));
    }
}
