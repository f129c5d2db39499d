package dev.quire.build;

import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Severity;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.model.redirect.Redirects;
import dev.quire.output.AtomicOutput;
import dev.quire.output.DirectorySink;
import dev.quire.output.HeadersOutput;
import dev.quire.output.ManifestOutput;
import dev.quire.output.RedirectsOutput;
import dev.quire.output.OutputSink;
import dev.quire.output.SitemapOutput;
import dev.quire.output.StaticFilesOutput;
import dev.quire.output.ThemeAssets;
import dev.quire.render.Deprecations;
import dev.quire.render.LayoutRenderer;
import dev.quire.config.DataFiles;
import dev.quire.partial.PartialFiles;
import dev.quire.render.ComponentRenderer;
import dev.quire.render.HighlightedCode;
import dev.quire.render.PageRef;
import dev.quire.render.RenderFunctions;
import dev.quire.render.MarkdownRenderer;
import dev.quire.template.TemplateEngine;
import dev.quire.template.ThemeFiles;

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
            ThemeFiles theme = new ThemeFiles(source);
            ThemeAssets assets = stage("theme", () -> new ThemeAssets(theme, config.basePath()));
            HighlightedCode code = new HighlightedCode();
            TemplateEngine templates = new TemplateEngine(theme, assets.urls(), RenderFunctions.create(code));
            OutputSink sink = new DirectorySink(output.staging());
            LayoutRenderer layouts = new LayoutRenderer(templates, site, data);
            diagnostics.addAll(layouts.deprecations().problems());
            ComponentRenderer components = new ComponentRenderer(templates, layouts.siteView(), data, site);
            MarkdownRenderer markdown = new MarkdownRenderer(code, components, new PartialFiles(source));
            stage("pages", () -> parallel(() -> site.pages().parallelStream().forEach(p -> renderPage(p, markdown, layouts, sink))));
            stage("outputs", () -> {
                guard(() -> sink.write("404.html", layouts.renderNotFound()));
                guard(() -> SitemapOutput.write(site, layouts.siteView(), templates, sink));
                guard(() -> RedirectsOutput.write(redirects, site, layouts.siteView(), templates, sink));
                HeadersOutput.write(config.basePath(), assets.files(), sink);
                if (!layouts.deprecations().all().isEmpty() && site.page(Deprecations.PATH) == null) {
                    guard(() -> sink.write(Urls.outputFile(Deprecations.PATH), layouts.renderDeprecations()));
                }
                assets.writeTo(sink);
                StaticFilesOutput.write(source, staticFiles, sink);
                ManifestOutput.write(site, partialsByPage, redirects, sink);
                return null;
            });
            boolean failed = diagnostics.hasErrors() || (config.strict() && !diagnostics.isEmpty());
            if (failed) {
                output.abort();
                return result(site.pages().size(), null);
            }
            stage("swap", () -> { output.commit(); return null; });
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

    private void renderPage(Page page, MarkdownRenderer markdown, LayoutRenderer layouts, OutputSink sink) {
        guard(() -> {
            MarkdownRenderer.Body body = markdown.render(page.file(), PageRef.of(page));
            diagnostics.addAll(body.diagnostics());
            partialsByPage.put(page.url(), body.partials());
            sink.write(page.outputFile(), layouts.render(page, body));
        });
    }

    private void guard(Runnable work) {
        try {
            work.run();
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    private static Object parallel(Runnable work) {
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
        return new BuildResult(all, pages, out, List.copyOf(stages));
    }

}
