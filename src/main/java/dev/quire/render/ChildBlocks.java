package dev.quire.render;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Severity;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxComponent;
import dev.quire.partial.PartialBlock;

import java.util.ArrayList;
import java.util.List;

/** The content children of a component (comments left out), and how messages name them and place them. */
final class ChildBlocks {

    private ChildBlocks() {
    }

    static List<Node> of(Node component) {
        List<Node> out = new ArrayList<>();
        for (Node child = component.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof MdxComment)) out.add(child);
        }
        return out;
    }

    /** "a paragraph", "a numbered list", "&lt;Card&gt;" … */
    static String describe(Node node) {
        if (node instanceof MdxComponent c) return "<" + c.name() + ">";
        if (node instanceof AsideBlock) return "an aside";
        if (node instanceof Paragraph) return "a paragraph";
        if (node instanceof OrderedList) return "a numbered list";
        if (node instanceof BulletList) return "a bulleted list";
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) return "a code block";
        if (node instanceof Heading) return "a heading";
        if (node instanceof PartialBlock) return "a <Render> partial";
        return "other content";
    }

    /** Where messages about a node point: a component's name, else the node's first char. */
    static int offset(Node node) {
        return node instanceof MdxComponent c ? c.nameOffset() : node.getStartOffset();
    }

    static Diagnostic error(PageContext page, Node node, String message, String hint) {
        return page.at(node, offset(node), Severity.ERROR, message).withHint(hint);
    }
}
