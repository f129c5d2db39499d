package dev.quire.mdx;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.quire.mdx.internal.AsideBlockParser;
import dev.quire.mdx.internal.EsmPreProcessor;
import dev.quire.mdx.internal.FlowBlockParser;
import dev.quire.mdx.internal.MdxInlineParser;
import dev.quire.mdx.internal.MdxPostProcessor;

import java.util.List;
import java.util.Map;

/**
 * The flexmark extension for Quire's MDX dialect. With {@link #JSX} true (the default, for
 * {@code .mdx} files) it reads components, {@code {…}} expressions and comments, imports and exports,
 * and {@code :::} asides; with {@code JSX} false (for {@code .md} files) only the asides.
 * <pre>
 * Parser parser = Parser.builder(new MutableDataSet()
 *         .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), MdxExtension.create()))
 *         .set(MdxExtension.JSX, true)).build();
 * Document doc = parser.parse(text);
 * List&lt;Diagnostic&gt; errors = MdxErrors.collect(doc, source);
 * </pre>
 */
public final class MdxExtension implements Parser.ParserExtension {

    /** True for the full MDX dialect, false for Markdown plus asides. */
    public static final DataKey<Boolean> JSX = new DataKey<>("QUIRE_MDX_JSX", true);

    private MdxExtension() {
    }

    public static MdxExtension create() {
        return new MdxExtension();
    }

    /** The imports and constants of a document this extension parsed (empty if none). */
    public static MdxDocumentInfo info(Document document) {
        MdxDocumentInfo info = MdxPostProcessor.INFO.get(document);
        return info != null ? info : new MdxDocumentInfo(List.of(), Map.of());
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of flexmark's own need changing
    }

    @Override
    public void extend(Parser.Builder builder) {
        DataHolder options = builder.toImmutable();
        if (JSX.get(options)) {
            builder.paragraphPreProcessorFactory(new EsmPreProcessor.Factory());
            builder.customBlockParserFactory(new FlowBlockParser.Factory());
            builder.customInlineParserExtensionFactory(new MdxInlineParser.Factory());
        }
        builder.customBlockParserFactory(new AsideBlockParser.Factory());
        builder.postProcessorFactory(new MdxPostProcessor.Factory());
    }
}
