package dev.quire.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * flexmark's GitHub tables ({@link TablesExtension}: same options and renderer), with
 * the paragraphs that cannot start a table passed over before flexmark's table pre-processor sees
 * them. That pre-processor gives up on a paragraph whose first line has no {@code |} (every header
 * row and every separator line holds one), and flexmark builds it, compiling a regular expression,
 * for each document; here one is built for the parser, on the first paragraph that could be a table.
 */
final class QuireTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** Whether flexmark's table pre-processor could make a table of {@code paragraph}. */
    static boolean mayBeTable(Paragraph paragraph) {
        return paragraph.getLineCount() > 0 && PageChars.contains(paragraph.getLineChars(0), '|');
    }

    /**
     * flexmark's factory, with one pre-processor for all documents (it holds only the parser's
     * options and a pattern made from them), made on demand and asked only about possible tables.
     */
    private static final class Factory implements ParagraphPreProcessorFactory, ParagraphPreProcessor {
        private final ParagraphPreProcessorFactory tables;
        private volatile ParagraphPreProcessor table;

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return this;
        }

        @Override
        public int preProcessBlock(Paragraph paragraph, ParserState state) {
            if (!mayBeTable(paragraph)) return 0;
            ParagraphPreProcessor t = table;
            if (t == null) table = t = tables.apply(state);
            return t.preProcessBlock(paragraph, state);
        }
    }
}
