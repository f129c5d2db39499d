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
 * A page as clean Markdown (its {@code index.md}): flexmark's Markdown formatter over the parsed page,
 * after partials are expanded and their params filled in, with the MDX nodes written as their
 * Markdown meaning ({@link MdxNodeFormatter}); headed by the title, the description and a note when
 * the page is deprecated. Built once per build and shared by all threads.
 */
public final class MarkdownCopy {

    private final Formatter formatter;

    MarkdownCopy(DataHolder parserOptions, ComponentRenderer components) {
        MutableDataSet options = new MutableDataSet(parserOptions);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(parserOptions));
        extensions.removeIf(e -> e instanceof TablesExtension);
        extensions.add(new MdxFormatting(components));
        options.set(Parser.EXTENSIONS, extensions);
        this.formatter = Formatter.builder(options).build();
    }

    /** The body of a rendered document as Markdown; the models' problems were reported by the HTML pass. */
    String body(Document doc) {
        PageContext page = PageContext.of(doc);
        new PageContext(page.source(), page.page(), page.constants(), new ArrayList<>()).attach(doc);
        try {
            return formatter.render(doc).strip() + "\n";
        } finally {
            page.attach(doc);
        }
    }

    /** The whole Markdown copy: {@code # title}, the description as a quote, a deprecation note, the body. */
    public static String page(String title, String description, DeprecationView deprecation, String body) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        if (description != null && !description.isBlank()) out.append("> ").append(description.strip()).append("\n\n");
        if (deprecation != null) {
            out.append("> **Deprecated**");
            if (deprecation.since() != null) out.append(" since ").append(deprecation.since());
            if (deprecation.message() != null) out.append(": ").append(deprecation.message().strip());
            if (deprecation.replacement() != null) {
                out.append(deprecation.message() != null ? " " : ": ").append("Use [").append(deprecation.replacement().title())
                        .append("](").append(deprecation.replacement().url()).append(") instead.");
            }
            out.append("\n\n");
        }
        return out.append(body).toString();
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
