package dev.quire.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The oracle for {@link MarkdownCopy}: the Markdown copy as Quire made it before, with flexmark's
 * {@link Formatter} over the page and the MDX nodes written by {@link MdxNodeFormatter} (tables by
 * {@link TableFormatter}). Tests compare the direct writer with it byte for byte.
 */
final class FormatterMarkdownCopy {

    private final Formatter formatter;

    FormatterMarkdownCopy(DataHolder parserOptions, ComponentRenderer components) {
        MutableDataSet options = new MutableDataSet(parserOptions);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(parserOptions));
        extensions.removeIf(e -> e instanceof TablesExtension);
        extensions.add(new MdxFormatting(components));
        options.set(Parser.EXTENSIONS, extensions);
        this.formatter = Formatter.builder(options).build();
    }

    /** The body of a rendered document as Markdown, as {@link MarkdownCopy#body} made it with the formatter. */
    String body(Document doc) {
        PageContext page = PageContext.of(doc);
        new PageContext(page.source(), page.page(), page.constants(), new ArrayList<>()).attach(doc);
        try {
            return formatter.render(doc).strip() + "\n";
        } finally {
            page.attach(doc);
        }
    }

    /** Registers {@link MdxNodeFormatter} with the formatter. */
    private record MdxFormatting(ComponentRenderer components) implements Formatter.FormatterExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Formatter.Builder builder) {
            builder.nodeFormatterFactory(options -> new MdxNodeFormatter(components));
        }
    }
}
