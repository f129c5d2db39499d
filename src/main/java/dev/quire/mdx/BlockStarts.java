package dev.quire.mdx;

import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import dev.quire.mdx.internal.AsideBlockParser;
import dev.quire.mdx.internal.FlowBlockParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The block parser factories of a flexmark parser behind one, which asks each only about lines that can
 * start its block.
 * <p>
 * flexmark asks every block parser factory, in order, whether a line that is not a paragraph's text
 * starts its block; the heading, fence, thematic break and list factories each run a regular expression
 * on the line to say no. A table row, a list item or a line between component tags went through all of
 * them: 4 % of a clean build. Here one factory holds them all, in the order flexmark itself gives them,
 * and skips a factory whose block cannot begin with the line's first character. A factory not in
 * {@link #LEADING} is always asked. The parse is the same: {@code BlockStartsTest} compares both on the
 * CommonMark spec and the corpus.
 */
public final class BlockStarts implements CustomBlockParserFactory {

    /** The characters each known block can start with, at the line's first non-space character. */
    private static final Map<Class<?>, String> LEADING = Map.of(
            BlockQuoteParser.Factory.class, ">",
            HeadingParser.Factory.class, "#=-",
            FencedCodeBlockParser.Factory.class, "`~",
            HtmlBlockParser.Factory.class, "<",
            ThematicBreakParser.Factory.class, "*-_",
            FootnoteBlockParser.Factory.class, "[",
            AsideBlockParser.Factory.class, ":",
            FlowBlockParser.Factory.class, "<{");

    /** The switches of flexmark's own factories: off, since this one holds them. */
    private static final List<DataKey<Boolean>> CORE = List.of(Parser.BLOCK_QUOTE_PARSER, Parser.HEADING_PARSER,
            Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    /** Index 128 of {@link #byChar} holds the factories asked about any character beyond ASCII. */
    private static final int OTHER = 128;

    private final List<CustomBlockParserFactory> factories;
    /** By a line's first character: the indexes of the factories to ask, in order. */
    private final int[][] byChar;
    private final int[] all;

    private BlockStarts(List<CustomBlockParserFactory> factories, DataHolder options) {
        this.factories = List.copyOf(factories);
        this.byChar = new int[OTHER + 1][];
        String listMarkers = Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789";
        for (int c = 0; c <= OTHER; c++) {
            List<Integer> asked = new ArrayList<>();
            for (int i = 0; i < this.factories.size(); i++) {
                Class<?> type = this.factories.get(i).getClass();
                String leading = type == ListBlockParser.Factory.class ? listMarkers : LEADING.get(type);
                if (leading == null || (c < OTHER && leading.indexOf(c) >= 0)) asked.add(i);
            }
            byChar[c] = asked.stream().mapToInt(Integer::intValue).toArray();
        }
        this.all = new int[this.factories.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
    }

    /** A parser of these options and extensions whose block parser factories are behind one {@code BlockStarts}. */
    public static Parser parser(DataHolder options) {
        MutableDataSet plain = new MutableDataSet(options);
        plain.remove(Parser.EXTENSIONS);
        Builder builder = new Builder();
        builder.setAll(plain);
        builder.extensions(Parser.EXTENSIONS.get(options));
        return builder.build();
    }

    /** The factories in the order flexmark asks them (for tests). */
    List<CustomBlockParserFactory> factories() {
        return factories;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory[] made = new BlockParserFactory[factories.size()];
        for (int i = 0; i < made.length; i++) made[i] = factories.get(i).apply(options);
        return new Starts(made, byChar, all);
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

    /** One document's factories; asks them as {@code DocumentParser.findBlockStart} does, skipping the ones that cannot start. */
    private record Starts(BlockParserFactory[] factories, int[][] byChar, int[] all) implements BlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            int[] asked = at < line.length() ? byChar[Math.min(line.charAt(at), OTHER)] : all;
            BlockParser active = matched.getBlockParser();
            for (int i : asked) {
                if (!active.canInterruptBy(factories[i])) continue;
                BlockStart start = factories[i].tryStart(state, matched);
                if (start instanceof BlockStartImpl) return start;
            }
            return BlockStart.none();
        }
    }

    /**
     * A parser builder that keeps the block parser factories its extensions add, and hands them to the
     * parser as one {@code BlockStarts} in flexmark's order, with flexmark's own factories switched off.
     */
    private static final class Builder extends Parser.Builder {
        private final List<CustomBlockParserFactory> added = new ArrayList<>();

        @Override
        public Parser.Builder customBlockParserFactory(CustomBlockParserFactory factory) {
            added.add(factory);
            return this;
        }

        @Override
        public Parser build() {
            DataHolder options = toImmutable();
            List<CustomBlockParserFactory> ordered = DocumentParser.calculateBlockParserFactories(options, added);
            for (DataKey<Boolean> core : CORE) set(core, false);
            // flexmark takes the escapers of line starts (used when Markdown is written back) from its factories
            for (CustomBlockParserFactory factory : ordered) {
                SpecialLeadInHandler handler = factory.getLeadInHandler(options);
                if (handler != null) specialLeadInHandler(handler);
            }
            super.customBlockParserFactory(new BlockStarts(ordered, options));
            return super.build();
        }
    }
}
