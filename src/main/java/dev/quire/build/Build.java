package dev.quire.build;

import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Urls;
import dev.quire.render.PageText;
import dev.quire.model.Site;
import dev.quire.model.facts.PageFacts;
import dev.quire.model.facts.SourceFacts;
import dev.quire.post.HtmlIds;
import dev.quire.model.redirect.Redirects;
import dev.quire.output.AtomicOutput;
import dev.quire.output.LinkingSink;
import dev.quire.render.HighlightedCode;
import dev.quire.render.code.HighlightCache;
import dev.quire.output.OutputHashes;
import dev.quire.output.OutputSink;
import dev.quire.output.StaticFilesOutput;
import dev.quire.config.DataFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * A whole build, and the only class that knows the order of the stages:
 * config → content → model → theme → render pages → other outputs → swap the output in.
 * Every problem of every page is collected; a build with errors writes nothing.
 */
public final class Build {

    static final List<String> SITE_FOLDERS = List.of("content", "partials", "templates", "redirects", "static", "data");

    private final BuildOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<BuildResult.StageTime> stages = new ArrayList<>();
    private final Map<String, Set<String>> partialsByPage = new ConcurrentHashMap<>();
    private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, PageText> texts = new ConcurrentHashMap<>();

    public Build(BuildOptions options) {
        this.options = options;
    }

    public static BuildResult run(BuildOptions options) {
        return new Build(options).run();
    }

    public BuildResult run() {
        Path source = options.source();
        SiteConfig config = stage("config", () -> SiteConfigLoader.load(source, diagnostics));
        AtomicOutput output = AtomicOutput.prepare(source, options.out(), SITE_FOLDERS);
        try {
            List<SourceFile> files = stage("content", () -> ContentScanner.read(source, ContentScanner.list(source), diagnostics));
            Site site = stage("model", () -> SiteAssembler.assemble(config, files, options.drafts(), diagnostics));
            List<String> staticFiles = StaticFilesOutput.list(source);
            Redirects redirects = stage("redirects", () -> SiteRedirects.check(source, site, staticFiles, diagnostics));
            Map<String, Object> data = stage("data", () -> DataFiles.load(source, diagnostics));
            HighlightCache cache = stage("cache", () -> HighlightCache.open(cacheFile(output.target())));
            Renderers renderers = stage("theme", () -> Renderers.create(source, site, data, new HighlightedCode(cache)));
            LinkingSink sink = new LinkingSink(output.staging(), OutputHashes.read(output.target()));
            diagnostics.addAll(renderers.problems());
            stage("pages", () -> parallel(() -> site.pages().parallelStream().forEach(p -> renderPage(p, renderers, sink))));
            stage("outputs", () -> {
                renderers.writeOutputs(partialsByPage, texts, redirects, sink, this::guard);
                return null;
            });
            boolean failed = diagnostics.hasErrors() || (config.strict() && !diagnostics.isEmpty());
            if (failed) {
                output.abort();
                return result(site.pages().size(), null);
            }
            stage("swap", () -> { sink.finish(); output.commit(); cache.save(); return null; });
            return result(site.pages().size(), output.target());
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
            output.abort();
            return result(0, null);
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
    }

    /** Highlighted code blocks are kept beside the output folder, not in it, so that they are not published. */
    static Path cacheFile(Path out) {
        return out.resolveSibling(".quire-cache-" + out.getFileName()).resolve("highlight.bin");
    }

    private void renderPage(Page page, Renderers renderers, OutputSink sink) {
        guard(() -> {
            Renderers.Rendered rendered = renderers.render(page);
            diagnostics.addAll(rendered.body().diagnostics());
            partialsByPage.put(page.url(), rendered.body().partials());
            if (options.facts()) {
                SourceFacts source = rendered.body().facts();
                facts.put(page.url(), new PageFacts(page.url(), page.sitePath(), source.links(), HtmlIds.of(rendered.html()), source.hits()));
            }
            sink.write(page.outputFile(), rendered.html());
            sink.write(Urls.markdownFile(page.path()), rendered.text().markdown());
            texts.put(page.url(), rendered.text());
        });
    }

    private void guard(Runnable work) {
        try {
            work.run();
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    static Object parallel(Runnable work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return null;
    }

    private <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.add(new BuildResult.StageTime(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    private BuildResult result(int pages, Path out) {
        List<Diagnostic> all = diagnostics.sorted();
        return new BuildResult(all, pages, out, List.copyOf(stages), Map.copyOf(facts));
    }

}
