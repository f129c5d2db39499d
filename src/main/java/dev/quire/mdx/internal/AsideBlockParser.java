package dev.quire.mdx.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.AsideBlock;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code :::type[Title]} opens an aside, a line {@code :::} closes the innermost open one. Content is
 * ordinary blocks; a {@code :::} inside a fenced code block or a nested aside does not close the outer.
 */
public final class AsideBlockParser extends AbstractBlockParser {

    private static final Pattern OPENER = Pattern.compile(":::([A-Za-z][\\w-]*)(?:\\[(.*)\\])?[ \\t]*(?:\\r?\\n|\\r)?");
    private static final Pattern CLOSER = Pattern.compile(":::[ \\t]*(?:\\r?\\n|\\r)?");

    private final AsideBlock block;
    private int closeEnd = -1;

    private AsideBlockParser(AsideBlock block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed()) return BlockContinue.none();
        if (!state.isBlank() && state.getIndent() < 4 && !innerBlockWantsLine(state)) {
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
            if (CLOSER.matcher(rest).matches()) {
                block.markClosed();
                closeEnd = rest.trimEnd().getEndOffset();
                // consume the line and end at the next one: finished() would not close the open children
                return BlockContinue.atIndex(state.getLine().length());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** True when a block opened inside this aside still needs a ":::" line (fence, nested aside, tag). */
    private boolean innerBlockWantsLine(ParserState state) {
        List<BlockParser> open = state.getActiveBlockParsers();
        int me = open.indexOf(this);
        for (int k = me + 1; k > 0 && k < open.size(); k++) {
            BlockParser p = open.get(k);
            if (p instanceof AsideBlockParser aside && !aside.block.closed() || p instanceof FencedCodeBlockParser) return true;
            if (p instanceof FlowBlockParser flow && flow.wantsMoreLines()) return true;
        }
        return false;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // a container: its lines go to the child blocks
    }

    @Override
    public void closeBlock(ParserState state) {
        int end = closeEnd >= 0 ? closeEnd : block.getLastChild() != null
                ? Math.max(block.getEndOffset(), block.getLastChild().getEndOffset()) : block.getEndOffset();
        block.setChars(block.getChars().baseSubSequence(block.getStartOffset(), end));
    }

    /** Registers the parser. */
    public static final class Factory implements CustomBlockParserFactory {
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
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
            Matcher m = OPENER.matcher(rest);
            if (!m.matches()) return BlockStart.none();
            String title = m.group(2);
            int titleOffset = title == null ? -1 : rest.getIndexOffset(m.start(2));
            BasedSequence opener = rest.trimEnd();
            AsideBlock block = new AsideBlock(opener, m.group(1), title, titleOffset);
            return BlockStart.of(new AsideBlockParser(block)).atIndex(state.getLine().length());
        }
    }
}
