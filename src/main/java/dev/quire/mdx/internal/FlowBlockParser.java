package dev.quire.mdx.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Claims lines that hold only component tags and {@code {…}} expressions, such as
 * {@code <Tabs syncKey="x"> <TabItem label="A">}, {@code </TabItem>}, a {@code <Render …/>} whose props
 * span many lines, or {@code {/* comment *\/}}. A line with other text stays a paragraph (the inline
 * parser reads its tags). Runs before flexmark's HTML block parser.
 */
public final class FlowBlockParser extends AbstractBlockParser {

    private final FlowBlock block;
    private final List<Node> tokens;
    private final int endOffset;
    private int consumedEnd;

    private FlowBlockParser(FlowBlock block, List<Node> tokens, int endOffset, int consumedEnd) {
        this.block = block;
        this.tokens = tokens;
        this.endOffset = endOffset;
        this.consumedEnd = consumedEnd;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    /** True while the last token's end lies beyond the lines consumed so far. */
    boolean wantsMoreLines() {
        return consumedEnd < endOffset;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (!wantsMoreLines()) return BlockContinue.none();
        consumedEnd = state.getLine().getEndOffset();
        return BlockContinue.atIndex(state.getLine().length());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // the tokens were read from the document text when the block started
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence base = block.getChars().getBaseSequence();
        int end = Math.min(Math.min(endOffset, consumedEnd), base.length());
        block.setChars(base.subSequence(block.getStartOffset(), Math.max(block.getStartOffset(), end)));
        if (consumedEnd < endOffset) {
            block.problems.add(new Problem(block.getStartOffset(), "component tag is cut off by the end of its container",
                    "indent every line of the tag like its first line"));
            return;
        }
        for (Node t : tokens) block.appendChild(t);
    }

    /** Registers the parser, before flexmark's HTML blocks. */
    public static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public AbstractBlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            int start = line.getIndexOffset(state.getNextNonSpaceIndex());
            if (start < 0) return BlockStart.none();
            BasedSequence base = line.getBaseSequence();
            List<Problem> problems = new ArrayList<>();
            TokenReader reader = new TokenReader(base, true, problems);
            JsScanner scan = reader.scanner();
            List<Node> tokens = new ArrayList<>();
            int i = start;
            while (true) {
                if (!reader.startsToken(i)) return BlockStart.none();
                boolean tag = scan.at(i) == '<';
                TokenReader.Token t = reader.read(i, tag && tokens.isEmpty());
                if (t == null) {
                    if (!tag || !tokens.isEmpty()) return BlockStart.none();
                    return start(state, line, base, start, problems, List.of(), line.getEndOffset());
                }
                tokens.add(t.node());
                i = scan.skipSpaces(t.end());
                if (scan.restOfLineBlank(i)) return start(state, line, base, start, problems, tokens, t.end());
            }
        }

        private static BlockStart start(ParserState state, BasedSequence line, BasedSequence base, int start,
                                        List<Problem> problems, List<Node> tokens, int endOffset) {
            FlowBlock block = new FlowBlock(base.subSequence(start, Math.max(start, endOffset)));
            block.problems.addAll(problems);
            FlowBlockParser parser = new FlowBlockParser(block, tokens, endOffset, line.getEndOffset());
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
