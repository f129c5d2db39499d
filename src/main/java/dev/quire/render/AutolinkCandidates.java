package dev.quire.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's autolinks (bare URLs, {@code www.} links and e-mail addresses in text), with the text
 * that cannot hold one skipped before flexmark's link finder looks at it: a URL needs {@code :}, an
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
            if (c == ':' || c == '@' || c == '&') return true;
            if ((c == 'w' || c == 'W') && i + 1 < to && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')) return true;
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor links = autolinks.apply(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) links.process(state, node);
                }
            };
        }
    }
}
