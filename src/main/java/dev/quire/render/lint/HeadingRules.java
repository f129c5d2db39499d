package dev.quire.render.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.diag.Position;
import dev.quire.model.facts.Rule;
import dev.quire.model.facts.RuleHit;
import dev.quire.render.HeadingIds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading rules, in document order (partials included): levels go down one at a time after the
 * page title's h1 ({@code heading-level-skip}); an id written by hand ({@code {#id}}, {@code id="…"} in
 * HTML) is not already taken on the page ({@code duplicate-id}). Ids made from heading text never
 * clash with each other: they are numbered -1, -2.
 */
final class HeadingRules {

    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([A-Za-z0-9_\\-:.]+)}\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("\\sid\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private final Origin origin;
    private final List<RuleHit> out;
    private final Map<String, Position> custom = new HashMap<>();
    private final Map<String, Position> html = new HashMap<>();
    private final Map<String, Position> generated = new HashMap<>();
    private final TextCollectingVisitor text = new TextCollectingVisitor();
    private int level = 1;

    HeadingRules(Origin origin, List<RuleHit> out) {
        this.origin = origin;
        this.out = out;
    }

    void visit(Node node) {
        if (node instanceof Heading h) heading(h);
        else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            BasedSequence chars = node.getChars();
            Matcher m = HTML_ID.matcher(chars);
            while (m.find()) explicitId(node, m.group(1), chars.getStartOffset() + m.start(1), true);
        }
    }

    private void heading(Heading h) {
        if (h.getLevel() > level + 1) {
            String hashes = "#".repeat(level + 1);
            out.add(origin.hit(Rule.HEADING_LEVEL_SKIP, h, h.getStartOffset(),
                    "heading level skips from h" + level + " to h" + h.getLevel(),
                    "make it an h" + (level + 1) + " (" + hashes + "), so that the outline has no gap"));
        }
        level = h.getLevel();
        String custom = customId(h);
        if (custom != null) {
            explicitId(h, custom, h.getStartOffset(), false);
            return;
        }
        String slug = HeadingIds.slug(text.collectAndGetText(h).strip());
        if (html.containsKey(slug)) clash(h, slug, h.getStartOffset(), html.get(slug), "this heading's id");
        generated.putIfAbsent(slug, origin.position(h, h.getStartOffset()));
    }

    /** A custom heading id or an HTML id: it may clash with any id before it (heading ids are numbered only among headings). */
    private void explicitId(Node node, String id, int offset, boolean fromHtml) {
        Position first = custom.containsKey(id) ? custom.get(id) : html.containsKey(id) ? html.get(id) : generated.get(id);
        if (first != null) clash(node, id, offset, first, fromHtml ? "the id" : "the custom id");
        (fromHtml ? html : custom).putIfAbsent(id, origin.position(node, offset));
    }

    private void clash(Node node, String id, int offset, Position first, String what) {
        out.add(origin.hit(Rule.DUPLICATE_ID, node, offset, what + " '" + id + "' is already used on this page, at " + first,
                "give one of them another id: links to #" + id + " reach only the first"));
    }

    private static String customId(Heading h) {
        if (h.isExplicitAnchorRefId()) return h.getAnchorRefId();
        if (!(h.getLastChild() instanceof Text last)) return null;
        Matcher m = CUSTOM_ID.matcher(last.getChars());
        return m.find() ? m.group(1) : null;
    }
}
