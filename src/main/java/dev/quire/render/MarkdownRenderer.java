package dev.quire.render;

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
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.BlockStarts;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxErrors;
import dev.quire.mdx.MdxExtension;
import dev.quire.model.facts.SourceFacts;
import dev.quire.render.lint.PageLint;
import dev.quire.partial.PartialFiles;
import dev.quire.partial.PartialResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page body to HTML: flexmark with CommonMark, GitHub tables, strikethrough, autolinks, task lists
 * and footnotes, plus the MDX dialect ({@code .mdx}: components, expressions, imports; {@code .md}:
 * asides only). Partials are expanded into the parsed page, components checked against the known
 * set, headings given ids, then everything is rendered with components through their templates.
 * Parsers and renderer are built once per build and shared by all threads.
 */
public final class MarkdownRenderer {

    /**
     * A page body rendered to HTML.
     *
     * @param partials the partial files the page uses, through any chain (site paths)
     * @param facts    the page's links and content rule findings, for {@code quire check}
     */
    public record Body(String html, List<HeadingIds.Heading> headings, List<TocEntry> toc, List<Diagnostic> diagnostics,
                       Set<String> partials, SourceFacts facts, PageText text) {
    }

    private final Parser mdx;
    private final Parser md;
    private final HtmlRenderer renderer;
    private final PartialResolver partials;
    private final ComponentChecks checks;
    private final MarkdownCopy markdown;

    public MarkdownRenderer(CodeBlockNodeRenderer.Factory code, ComponentRenderer components, PartialFiles partialFiles) {
        this.mdx = BlockStarts.parser(options(code, components, true));
        this.md = BlockStarts.parser(options(code, components, false));
        this.renderer = HtmlRenderer.builder(options(code, components, true)).build();
        this.partials = new PartialResolver(partialFiles, mdx);
        this.checks = new ComponentChecks(components.names());
        this.markdown = new MarkdownCopy(options(code, components, true), components);
    }

    private static MutableDataSet options(CodeBlockNodeRenderer.Factory code, ComponentRenderer components, boolean jsx) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(new QuireTables(), StrikethroughExtension.create(),
                new AutolinkCandidates(), TaskListExtension.create(), FootnoteExtension.create(),
                MdxExtension.create(), new QuireHtmlExtension(code, components), new QuireInlineParser.Extension());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(MdxExtension.JSX, jsx);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        return options;
    }

    /** What a page depends on, without rendering it: its partials (any chain) and the components it uses. */
    public record Dependencies(Set<String> partials, Set<String> components) {
    }

    public Dependencies dependencies(SourceFile file) {
        Document doc = (file.mdx() ? mdx : md).parse(file.frontMatter().maskedText());
        PartialResolver.Expansion expansion = partials.expand(doc, file.source());
        Set<String> used = new TreeSet<>();
        for (Node node : Descendants.of(doc)) {
            if (node instanceof MdxComponent c) used.add(c.name());
            if (node instanceof AsideBlock) used.add("Aside");
        }
        return new Dependencies(expansion.partials(), used);
    }

    public Body render(SourceFile file, PageRef page) {
        Document doc = (file.mdx() ? mdx : md).parse(file.frontMatter().maskedText());
        List<Diagnostic> diagnostics = new ArrayList<>(MdxErrors.collect(doc, file.source()));
        PartialResolver.Expansion expansion = partials.expand(doc, file.source());
        diagnostics.addAll(expansion.diagnostics());
        PageContext context = new PageContext(file.source(), page, MdxExtension.info(doc).constants(), diagnostics);
        context.attach(doc);
        checks.check(doc, context);
        SourceFacts facts = PageLint.collect(doc, file.source());
        List<HeadingIds.Heading> headings = HeadingIds.assign(doc);
        SplicedHtml spliced = SplicedHtml.attach(doc);
        String html = spliced.apply(renderer.render(doc));
        PageText text = new PageText(SectionTexts.of(doc), markdown.body(doc));
        return new Body(html, headings, TocEntry.nest(headings), diagnostics, expansion.partials(), facts, text);
    }
}
