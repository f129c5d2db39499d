package dev.quire.mdx.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.MdxComponent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Turns the flat sequence "opening tag, siblings, closing tag" into a component node holding those
 * siblings, within each parent separately: a tag opened in a list item must close in that item, one
 * opened in a paragraph must close in that paragraph. Flow blocks are dissolved into their tokens.
 */
final class ComponentNester {

    private final List<Problem> problems;

    ComponentNester(List<Problem> problems) {
        this.problems = problems;
    }

    void nest(Node parent) {
        List<Node> kids = new ArrayList<>();
        for (Node k = parent.getFirstChild(); k != null; k = k.getNext()) kids.add(k);
        for (Node k : kids) k.unlink();
        Deque<Node> open = new ArrayDeque<>();
        for (Node kid : kids) {
            if (kid instanceof FlowBlock flow) {
                problems.addAll(flow.problems);
                List<Node> tokens = new ArrayList<>();
                for (Node t = flow.getFirstChild(); t != null; t = t.getNext()) tokens.add(t);
                for (Node t : tokens) {
                    t.unlink();
                    place(t, parent, open);
                }
            } else {
                place(kid, parent, open);
            }
        }
        for (Node unclosed : open) {
            MdxComponent c = (MdxComponent) unclosed;
            problems.add(new Problem(unclosed.getStartOffset(), "<" + c.name() + "> is never closed: missing </" + c.name() + ">",
                    "add </" + c.name() + "> after its content, in the same list item, aside or paragraph"));
        }
    }

    private void place(Node node, Node parent, Deque<Node> open) {
        if (node instanceof ClosingTag close) {
            close(close, open);
            return;
        }
        Node target = open.isEmpty() ? parent : open.peek();
        target.appendChild(node);
        if (node instanceof MdxComponent c && !c.selfClosing()) {
            open.push(node);
        } else {
            nest(node);
        }
    }

    private void close(ClosingTag close, Deque<Node> open) {
        String name = close.name();
        if (open.isEmpty()) {
            problems.add(new Problem(close.getStartOffset(), "stray closing tag </" + name + ">: no <" + name + "> is open here",
                    "remove it, or open <" + name + "> before it in the same list item, aside or paragraph"));
            return;
        }
        if (!containsName(open, name)) {
            String openName = ((MdxComponent) open.peek()).name();
            problems.add(new Problem(close.getStartOffset(), "closing tag </" + name + "> does not match the open <" + openName + ">",
                    "close <" + openName + "> with </" + openName + ">, or fix the name"));
            return;
        }
        while (true) {
            Node top = open.pop();
            MdxComponent c = (MdxComponent) top;
            if (c.name().equals(name)) {
                finish(top, close.getChars());
                return;
            }
            problems.add(new Problem(top.getStartOffset(), "<" + c.name() + "> is never closed: missing </" + c.name() + ">",
                    "add </" + c.name() + "> before </" + name + ">"));
        }
    }

    private static boolean containsName(Deque<Node> open, String name) {
        for (Iterator<Node> it = open.iterator(); it.hasNext(); ) {
            if (((MdxComponent) it.next()).name().equals(name)) return true;
        }
        return false;
    }

    private static void finish(Node component, BasedSequence closingTag) {
        if (component instanceof ComponentBlock b) b.close(closingTag);
        else if (component instanceof ComponentInline i) i.close(closingTag);
    }
}
