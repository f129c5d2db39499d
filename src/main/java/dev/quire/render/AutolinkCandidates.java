package dev.quire.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolinks (bare URLs, {@code www.} links and e-mail addresses in text), with the text
 * that cannot hold one skipped before flexmark's link finder looks at it: a URL needs {@code ://}, an
 * e-mail address {@code @}, a {@code www.} link {@code ww}, and only an entity ({@code &…;}) can make
 * one of those out of other characters. Links are found exactly as {@code AutolinkExtension} finds them.
 */
final class AutolinkCandidates implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's autolink post-processor could find a link in {@code text}. */
    static boolean mayHoldLink(CharSequence text) {
        return mayHoldLink(text, 0, text.length());
    }

    /** The same for {@code chars}, read straight from the page's string when they are a stretch of it. */
    static boolean mayHoldLink(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            // flexmark reads a NUL as U+FFFD: neither is a character looked for here
            return mayHoldLink(base, sub.getStartOffset(), sub.getEndOffset());
        }
        return mayHoldLink((CharSequence) chars);
    }

    private static boolean mayHoldLink(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '&') return true;
            // a URL is a scheme and "://" (autolink's scanner and flexmark's URI prefix both need the "//"),
            // perhaps written with backslash escapes, or continued by an entity node after this text
            if (c == ':' && (i + 1 == to || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '\\')) return true;
            if ((c == 'w' || c == 'W') && i + 1 < to && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')) return true;
        }
        return false;
    }

    /**
     * A document post-processor, not a node one: flexmark classifies every node of the document (an
     * ancestry bit set each) before it runs any node post-processor, which cost more than the links.
     * This one walks the document for its text nodes, in the order the classifier gives them, and hands
     * each that may hold a link to flexmark's post-processor; nodes it adds are not visited again.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

        @Override
        public DocumentPostProcessor apply(Document document) {
            NodePostProcessor links = autolinks.apply(document);
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                    List<Node> texts = new ArrayList<>();
                    collect(doc, texts);
                    for (Node text : texts) {
                        if (text.getParent() != null && mayHoldLink(text.getChars())) links.process(UNTRACKED, text);
                    }
                    return doc;
                }
            };
        }

        private static void collect(Node node, List<Node> texts) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text) texts.add(child);
                else if (child.hasChildren()) collect(child, texts);
            }
        }
    }

    /** The post-processor reports the nodes it adds and removes; no one asks here. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
