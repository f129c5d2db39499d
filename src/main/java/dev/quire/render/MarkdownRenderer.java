package dev.quire.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to HTML with flexmark: CommonMark plus GitHub tables, strikethrough, autolinks, task lists
 * and footnotes, headings with ids and self-links, highlighted code blocks. The parser and renderer
 * are built once per build and shared by all threads (flexmark's are immutable once built).
 */
public final class MarkdownRenderer {

    /** A page body rendered to HTML, with its headings for the table of contents. */
    public record Body(String html, List<HeadingIds.Heading> headings, List<TocEntry> toc, List<Diagnostic> diagnostics) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(CodeBlockNodeRenderer.Factory code) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListExtension.create(), FootnoteExtension.create(),
                new QuireHtmlExtension(code));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Body render(SourceFile file) {
        Document doc = parser.parse(file.frontMatter().maskedText());
        List<Diagnostic> diagnostics = new ArrayList<>();
        doc.set(CodeBlockNodeRenderer.SOURCE, file.source());
        doc.set(CodeBlockNodeRenderer.DIAGNOSTICS, diagnostics);
        List<HeadingIds.Heading> headings = HeadingIds.assign(doc);
        String html = renderer.render(doc);
        return new Body(html, headings, TocEntry.nest(headings), diagnostics);
    }
}
