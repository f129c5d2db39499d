package dev.quire.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxExpression;
import dev.quire.search.SectionText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain text of a page per section, read from the parsed page after partials are expanded and
 * headings have ids: text and code as written, component labels and titles ({@code label},
 * {@code title}, {@code description} props), no tags, imports or comments. Much cheaper than parsing
 * the rendered HTML again.
 */
final class SectionTexts {

    private static final List<String> TEXT_PROPS = List.of("label", "title", "description");

    private final Map<Node, HeadingIds.Heading> ids;
    private final List<SectionText> sections = new ArrayList<>();
    private final TextCollectingVisitor headingText = new TextCollectingVisitor();
    private String heading = "";
    private String anchor = "";
    private StringBuilder text = new StringBuilder();

    private SectionTexts(Document doc) {
        this.ids = doc.get(HeadingIds.IDS);
    }

    /**
     * The sections of a document whose heading ids are assigned ({@link HeadingIds#assign}); the first
     * is the text before the first heading (heading and anchor ""), even when there is none.
     */
    static List<SectionText> of(Document doc) {
        SectionTexts t = new SectionTexts(doc);
        t.walk(doc);
        t.flush();
        return List.copyOf(t.sections);
    }

    private void walk(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                flush();
                HeadingIds.Heading known = ids.get(h);
                heading = known != null ? known.text() : headingText.collectAndGetText(h).strip();
                anchor = known != null ? known.id() : "";
            } else if (n instanceof Text || n instanceof Code) {
                PageChars.appendTo(text, n.getChars());
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                PageChars.appendTo(space(), ((Block) n).getContentChars()).append(' ');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append(' ');
            } else if (!(n instanceof HtmlBlock || n instanceof HtmlCommentBlock || n instanceof HtmlInline
                    || n instanceof HtmlInlineComment || n instanceof EsmBlock || n instanceof MdxComment
                    || n instanceof MdxExpression)) {
                if (n instanceof MdxComponent c) props(n, c);
                if (n instanceof Block) space();
                walk(n);
                if (n instanceof Block) space();
            }
        }
    }

    private void props(Node node, MdxComponent component) {
        Map<String, Object> props = MdxNodeRenderer.props(node);
        for (String name : TEXT_PROPS) {
            if (component.prop(name).isPresent() && props.get(name) instanceof String s) space().append(s).append(' ');
        }
    }

    /** {@code text} with each run of whitespace as the regex {@code \s} means it (space, tab, LF, VT, FF, CR) made one space. */
    static String collapseWhitespace(CharSequence text) {
        int n = text.length();
        char[] in = new char[n];
        if (text instanceof StringBuilder b) b.getChars(0, n, in, 0);
        else text.toString().getChars(0, n, in, 0);
        char[] out = new char[n];
        int length = 0;
        boolean space = false;
        for (char c : in) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) out[length++] = ' ';
                space = false;
                out[length++] = c;
            }
        }
        if (space) out[length++] = ' ';
        return new String(out, 0, length);
    }

    private StringBuilder space() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') text.append(' ');
        return text;
    }

    private void flush() {
        String body = collapseWhitespace(text).strip();
        sections.add(new SectionText(heading, anchor, body));
        text = new StringBuilder();
    }
}
