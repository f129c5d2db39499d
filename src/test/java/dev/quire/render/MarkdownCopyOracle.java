package dev.quire.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.mdx.MdxErrors;
import dev.quire.mdx.MdxExtension;
import dev.quire.partial.PartialResolver;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's Markdown copy made both ways on the same parsed page: by {@link MarkdownCopy} and by the
 * flexmark formatter it replaced ({@link FormatterMarkdownCopy}). The page is parsed and rendered as
 * {@link MarkdownRenderer#render} does it, with that renderer's own parsers (read from its fields: it
 * keeps the parsed page to itself); {@link Copies#rendered} is what the renderer itself made, to show
 * that the steps here are its steps.
 */
public final class MarkdownCopyOracle {

    /** The three copies of one page. */
    public record Copies(String formatter, String writer, String rendered) {
    }

    private final MarkdownRenderer renderer;
    private final Parser mdx;
    private final Parser md;
    private final HtmlRenderer html;
    private final PartialResolver partials;
    private final ComponentChecks checks;
    private final MarkdownCopy copy;
    private final FormatterMarkdownCopy oracle;

    public MarkdownCopyOracle(MarkdownRenderer renderer, ComponentRenderer components) {
        this.renderer = renderer;
        this.mdx = field(renderer, "mdx");
        this.md = field(renderer, "md");
        this.html = field(renderer, "renderer");
        this.partials = field(renderer, "partials");
        this.checks = field(renderer, "checks");
        this.copy = new MarkdownCopy(mdx.getOptions(), components);
        this.oracle = new FormatterMarkdownCopy(mdx.getOptions(), components);
    }

    public Copies copies(SourceFile file, PageRef page) {
        Document doc = rendered(file, page);
        return new Copies(formatter(doc), writer(doc), renderer.render(file, page).text().markdown());
    }

    /** The page parsed, partials expanded, checked and rendered to HTML: as the Markdown copy gets it. */
    public Document rendered(SourceFile file, PageRef page) {
        Document doc = (file.mdx() ? mdx : md).parse(file.frontMatter().maskedText());
        List<Diagnostic> diagnostics = new ArrayList<>(MdxErrors.collect(doc, file.source()));
        partials.expand(doc, file.source());
        PageContext context = new PageContext(file.source(), page, MdxExtension.info(doc).constants(), diagnostics);
        context.attach(doc);
        checks.check(doc, context);
        HeadingIds.assign(doc);
        SplicedHtml.attach(doc).apply(html.render(doc));
        return doc;
    }

    /** The copy of a {@link #rendered} page by Quire's writer. */
    public String writer(Document doc) {
        return copy.body(doc);
    }

    /** The copy of a {@link #rendered} page by the flexmark formatter. */
    public String formatter(Document doc) {
        return oracle.body(doc);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MarkdownRenderer has no field " + name + ": update MarkdownCopyOracle", e);
        }
    }
}
