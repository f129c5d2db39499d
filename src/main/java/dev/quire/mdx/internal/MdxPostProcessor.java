package dev.quire.mdx.internal;

import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.quire.mdx.MdxDocumentInfo;

import java.util.List;

/** After parsing: nests components, then checks the tree and records the document's declarations. */
public final class MdxPostProcessor extends DocumentPostProcessor {

    /** The declarations of a parsed document. */
    public static final NullableDataKey<MdxDocumentInfo> INFO = new NullableDataKey<>("QUIRE_MDX_INFO");

    @Override
    public Document processDocument(Document document) {
        List<Problem> problems = ProblemList.of(document);
        new ComponentNester(problems).nest(document);
        document.set(INFO, new DocumentChecker(problems).check(document));
        return document;
    }

    /** Registers the post-processor. */
    public static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new MdxPostProcessor();
        }
    }
}
