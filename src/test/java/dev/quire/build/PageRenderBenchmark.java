package dev.quire.build;

import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Site;
import com.vladsch.flexmark.util.ast.Document;
import dev.quire.render.ComponentRenderer;
import dev.quire.render.HighlightedCode;
import dev.quire.render.MarkdownCopyOracle;
import dev.quire.render.MarkdownRenderer;
import dev.quire.render.PageRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The page render path on a whole site (default: the example site at the repository root; pass
 * {@code -p site=DIR} for another, e.g. a generated benchmark site): MDX parse with partials expanded,
 * a full page render (body and layout with sidebar), and the Markdown copy of a parsed and rendered
 * page ({@code index.md}: Quire's writer, and the flexmark formatter it replaced for comparison). Each
 * call handles the next page of the site in turn, so the figure is a mean over its pages. Run with
 * {@code bench/jmh.sh PageRender}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageRenderBenchmark {

    @Param(".")
    public String site;

    private Renderers renderers;
    private List<Page> pages;
    private int next;

    @Setup
    public void setUp() {
        Path source = Path.of(site);
        Site model = load(source);
        renderers = Renderers.create(source, model, DataFiles.load(source, new Diagnostics()), new HighlightedCode());
        pages = model.pages();
    }

    private static Site load(Path source) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(source, diagnostics);
        Site model = SiteAssembler.assemble(config, ContentScanner.read(source, ContentScanner.list(source), diagnostics), false, diagnostics);
        DataFiles.load(source, diagnostics);
        if (diagnostics.hasErrors()) throw new IllegalStateException("the site " + source + " has errors: " + diagnostics.sorted());
        return model;
    }

    /** Every page of the site parsed and rendered once, for the Markdown copy alone. */
    @State(Scope.Thread)
    public static class Documents {
        @Param(".")
        public String site;

        MarkdownCopyOracle copies;
        List<Document> documents;
        int next;

        @Setup
        public void setUp() throws ReflectiveOperationException {
            Path source = Path.of(site);
            Site model = load(source);
            Renderers renderers = Renderers.create(source, model, DataFiles.load(source, new Diagnostics()), new HighlightedCode());
            copies = new MarkdownCopyOracle((MarkdownRenderer) field(renderers, "markdown"), (ComponentRenderer) field(renderers, "components"));
            documents = new ArrayList<>();
            for (Page page : model.pages()) documents.add(copies.rendered(page.file(), PageRef.of(page)));
        }

        Document nextDocument() {
            Document doc = documents.get(next);
            next = (next + 1) % documents.size();
            return doc;
        }

        private static Object field(Object owner, String name) throws ReflectiveOperationException {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        }
    }

    private Page nextPage() {
        Page page = pages.get(next);
        next = (next + 1) % pages.size();
        return page;
    }

    @Benchmark
    public Object parse() {
        return renderers.dependencies(nextPage());
    }

    @Benchmark
    public Object render() {
        return renderers.render(nextPage());
    }

    @Benchmark
    public Object markdownCopy(Documents documents) {
        return documents.copies.writer(documents.nextDocument());
    }

    @Benchmark
    public Object markdownCopyFormatter(Documents documents) {
        return documents.copies.formatter(documents.nextDocument());
    }
}
