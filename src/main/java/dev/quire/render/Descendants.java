package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every node below a root in document order, as {@link Node#getDescendants()} gives them, found by
 * following the links between the nodes: flexmark's iterator keeps a synchronized stack of iterators
 * and costs more than what a page's checks do with the nodes. The tree must not change during the walk.
 */
public final class Descendants implements Iterable<Node> {

    private final Node root;

    private Descendants(Node root) {
        this.root = root;
    }

    public static Descendants of(Node root) {
        return new Descendants(root);
    }

    @Override
    public Iterator<Node> iterator() {
        return new Iterator<>() {
            private Node next = root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node node = next;
                if (node == null) throw new NoSuchElementException();
                next = after(node);
                return node;
            }
        };
    }

    /** The node after {@code node} in document order, below the root, or null. */
    private Node after(Node node) {
        if (node.getFirstChild() != null) return node.getFirstChild();
        for (Node at = node; at != root; at = at.getParent()) {
            if (at.getNext() != null) return at.getNext();
        }
        return null;
    }
}
