package dev.quire.mdx.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Takes top-level {@code import …} and {@code export const …} statements off the start of a paragraph
 * (flexmark never offers a line that starts with a letter to block parsers, so they arrive as paragraph
 * text). Each statement becomes an {@link dev.quire.mdx.EsmBlock} before the paragraph; a malformed one
 * a flow block holding its problem. Several statements in a row are all taken.
 */
public final class EsmPreProcessor implements ParagraphPreProcessor {

    @Override
    public int preProcessBlock(Paragraph paragraph, ParserState state) {
        if (!(paragraph.getParent() instanceof Document)) return 0;
        BasedSequence chars = paragraph.getChars();
        BasedSequence base = chars.getBaseSequence();
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        int at = start;
        while (at < end && (at == 0 || base.charAt(at - 1) == '\n' || base.charAt(at - 1) == '\r')) {
            EsmReader.Statement s = new EsmReader(base, end).read(at);
            if (s == null) break;
            int stop;
            if (s.block() != null) {
                paragraph.insertBefore(s.block());
                stop = s.end();
            } else {
                stop = lineEnd(base, at, end);
                FlowBlock flow = new FlowBlock(base.subSequence(at, stop));
                flow.problems.add(s.problem());
                paragraph.insertBefore(flow);
            }
            at = afterEol(base, stop, end);
        }
        return at - start;
    }

    private static int lineEnd(BasedSequence base, int from, int end) {
        int j = from;
        while (j < end && base.charAt(j) != '\n' && base.charAt(j) != '\r') j++;
        return j;
    }

    private static int afterEol(BasedSequence base, int from, int end) {
        int j = lineEnd(base, from, end);
        if (j < end && base.charAt(j) == '\r') j++;
        if (j < end && base.charAt(j) == '\n') j++;
        return j;
    }

    /** Registers the pre-processor. */
    public static final class Factory implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new EsmPreProcessor();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
