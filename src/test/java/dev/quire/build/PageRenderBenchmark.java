package dev.quire.build;

import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.render.HighlightedCode;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The page render path on a whole site (default: the example site at the repository root; pass
 * {@code -p site=DIR} for another, e.g. a generated benchmark site): MDX parse with partials expanded,
 * and a full page render (body and layout with sidebar). Each call handles the next page of the site
 * in turn, so the figure is a mean over its pages. Run with {@code bench/jmh.sh PageRender}.
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
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(source, diagnostics);
        Site model = SiteAssembler.assemble(config, ContentScanner.read(source, ContentScanner.list(source), diagnostics), false, diagnostics);
        Map<String, Object> data = DataFiles.load(source, diagnostics);
        if (diagnostics.hasErrors()) throw new IllegalStateException("the site " + source + " has errors: " + diagnostics.sorted());
        renderers = Renderers.create(source, model, data, new HighlightedCode());
        pages = model.pages();
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
}
