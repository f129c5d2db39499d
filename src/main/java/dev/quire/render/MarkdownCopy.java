package dev.quire.render;

import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.ArrayList;

/**
 * A page as clean Markdown (its {@code index.md}): the parsed page written back as Markdown by
 * {@link MarkdownCopyWriter}, after partials are expanded and their params filled in, with the MDX
 * nodes written as their Markdown meaning ({@link MdxCopy}); headed by the title, the description
 * and a note when the page is deprecated. Built once per build and shared by all threads.
 */
public final class MarkdownCopy {

    private final ListOptions listOptions;
    private final int setextMarkerLength;
    private final MdxCopy mdx;

    MarkdownCopy(DataHolder parserOptions, ComponentRenderer components) {
        this.listOptions = ListOptions.get(parserOptions);
        this.setextMarkerLength = Parser.HEADING_SETEXT_MARKER_LENGTH.get(parserOptions);
        this.mdx = new MdxCopy(components);
    }

    /** The body of a rendered document as Markdown; the models' problems were reported by the HTML pass. */
    String body(Document doc) {
        PageContext page = PageContext.of(doc);
        new PageContext(page.source(), page.page(), page.constants(), new ArrayList<>()).attach(doc);
        try {
            return new MarkdownCopyWriter(listOptions, setextMarkerLength, mdx).write(doc).strip() + "\n";
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
}
