package dev.quire.build;

import dev.quire.content.GitDates;
import dev.quire.diag.DiagnosticException;
import dev.quire.model.Page;
import dev.quire.model.Urls;
import dev.quire.model.redirect.Redirects;
import dev.quire.output.HeadersOutput;
import dev.quire.output.RedirectsOutput;
import dev.quire.render.Deprecations;
import dev.quire.model.Site;
import dev.quire.output.ManifestOutput;
import dev.quire.output.OutputSink;
import dev.quire.output.SitemapOutput;
import dev.quire.output.StaticFilesOutput;
import dev.quire.output.ThemeAssets;
import dev.quire.partial.PartialFiles;
import dev.quire.render.ComponentRenderer;
import dev.quire.render.HighlightedCode;
import dev.quire.render.LayoutRenderer;
import dev.quire.render.MarkdownCopy;
import dev.quire.render.MarkdownRenderer;
import dev.quire.render.PageText;
import dev.quire.render.PageRef;
import dev.quire.render.RenderFunctions;
import dev.quire.template.TemplateEngine;
import dev.quire.template.ThemeFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The render stage's tools for one site: theme assets, the template engine, the markdown and
 * layout renderers, and the pages' last-updated dates from git (read once, with one {@code git log}). The one-shot {@link Build} makes one set; {@link IncrementalBuild} keeps one
 * between rebuilds and replaces only the part a change made stale ({@link #withSite}, {@link #withFreshPartials}).
 */
final class Renderers {

    /**
     * A rendered page: its body (kept so that a navigation change re-runs only the layout), its HTML,
     * and its text (sections for search, the whole page as Markdown for {@code index.md}).
     */
    record Rendered(MarkdownRenderer.Body body, String html, PageText text) {
    }

    private final Path source;
    private final Site site;
    private final Map<String, Object> data;
    private final Map<String, String> lastUpdated;
    private final ThemeAssets assets;
    private final HighlightedCode code;
    private final TemplateEngine templates;
    private final ComponentRenderer components;
    private final LayoutRenderer layouts;
    private final PartialFiles partials;
    private final MarkdownRenderer markdown;

    private Renderers(Path source, Site site, Map<String, Object> data, Map<String, String> lastUpdated, ThemeAssets assets,
                      HighlightedCode code, TemplateEngine templates, ComponentRenderer components, LayoutRenderer layouts,
                      PartialFiles partials) {
        this.source = source;
        this.site = site;
        this.data = data;
        this.lastUpdated = lastUpdated;
        this.assets = assets;
        this.code = code;
        this.templates = templates;
        this.components = components;
        this.layouts = layouts;
        this.partials = partials;
        this.markdown = new MarkdownRenderer(code, components, partials);
    }

    /** Reads the theme (site templates first) and sets up every renderer for {@code site}. */
    static Renderers create(Path source, Site site, Map<String, Object> data) {
        return create(source, site, data, new HighlightedCode());
    }

    /** The same, highlighting code blocks with {@code code} (which may hold a cache of earlier builds). */
    static Renderers create(Path source, Site site, Map<String, Object> data, HighlightedCode code) {
        return create(source, site, data, code, GitDates.of(source));
    }

    /** The same, with each content file's last change ({@link GitDates}) read already. */
    static Renderers create(Path source, Site site, Map<String, Object> data, HighlightedCode code, Map<String, String> lastUpdated) {
        return create(source, Theme.read(source, site.config().basePath(), code), site, data, lastUpdated);
    }

    /** The same, with the theme read already. */
    static Renderers create(Path source, Theme theme, Site site, Map<String, Object> data, Map<String, String> lastUpdated) {
        return forSite(source, site, data, lastUpdated, theme.assets(), theme.code(), theme.templates());
    }

    /**
     * What the renderers need that does not depend on the pages: the theme's assets under their hashed
     * names and its templates, with the highlighter their functions use. A build reads it while it reads
     * the pages.
     */
    record Theme(ThemeAssets assets, HighlightedCode code, TemplateEngine templates) {

        /** Reads the theme of the site in {@code source} (its own templates first), published below {@code basePath}. */
        static Theme read(Path source, String basePath, HighlightedCode code) {
            ThemeFiles files = new ThemeFiles(source);
            ThemeAssets assets = new ThemeAssets(files, basePath);
            return new Theme(assets, code, new TemplateEngine(files, assets.urls(), RenderFunctions.create(code)));
        }
    }

    private static Renderers forSite(Path source, Site site, Map<String, Object> data, Map<String, String> lastUpdated,
                                     ThemeAssets assets, HighlightedCode code, TemplateEngine templates) {
        LayoutRenderer layouts = new LayoutRenderer(templates, site, data, lastUpdated);
        ComponentRenderer components = new ComponentRenderer(templates, layouts.siteView(), data, site);
        return new Renderers(source, site, data, lastUpdated, assets, code, templates, components, layouts, new PartialFiles(source));
    }

    /**
     * The same templates for a new site model (pages or navigation changed). Components read the
     * site (DirectoryListing), so they and the markdown renderer are made anew too.
     */
    Renderers withSite(Site newSite) {
        LayoutRenderer newLayouts = new LayoutRenderer(templates, newSite, data, lastUpdated);
        return new Renderers(source, newSite, data, lastUpdated, assets, code, templates,
                components.withSite(newLayouts.siteView(), newSite), newLayouts, new PartialFiles(source));
    }

    /**
     * The theme read again (a template or theme asset changed) for the same site, data, dates and
     * highlighter. Bodies rendered before stay right as long as the change does not reach them
     * ({@link dev.quire.template.BodyTemplates}).
     */
    Renderers withTheme() {
        return create(source, Theme.read(source, site.config().basePath(), code), site, data, lastUpdated);
    }

    /** The theme assets as written, with their hashed names ("assets/theme.1a2b3c4d.css"). */
    Set<String> themeAssetFiles() {
        return assets.files();
    }

    /** Problems found while setting up: deprecation replacements that are no page. */
    java.util.List<dev.quire.diag.Diagnostic> problems() {
        return layouts.deprecations().problems();
    }

    /** Partial files are read once per markdown renderer: a fresh one reads them again. */
    Renderers withFreshPartials() {
        return new Renderers(source, site, data, lastUpdated, assets, code, templates, components, layouts, new PartialFiles(source));
    }

    /** Each page's last-updated date by site path (from git; may be empty). */
    Map<String, String> lastUpdated() {
        return lastUpdated;
    }

    /** A partial's text by site path, as the pages of this build read it; empty when there is no such file. */
    Optional<String> partialText(String sitePath) {
        try {
            return partials.bySitePath(sitePath).map(p -> p.source().text());
        } catch (DiagnosticException e) {
            return Optional.of("\u0000unreadable");
        }
    }

    Site site() {
        return site;
    }

    /** Renders a page's body and puts it into its layout; throws when a template fails. */
    Rendered render(Page page) {
        MarkdownRenderer.Body body = markdown.render(page.file(), PageRef.of(page));
        return new Rendered(body, layout(page, body), text(page, body));
    }

    /** The page's text: its sections, and its Markdown copy headed by title, description and deprecation. */
    PageText text(Page page, MarkdownRenderer.Body body) {
        String md = MarkdownCopy.page(page.title(), page.meta().description(), layouts.deprecations().of(page), body.text().markdown());
        return new PageText(body.text().sections(), md);
    }

    /** Only the layout, around a body rendered before. */
    String layout(Page page, MarkdownRenderer.Body body) {
        return layouts.render(page, body);
    }

    /** What a page uses, without rendering it. */
    MarkdownRenderer.Dependencies dependencies(Page page) {
        return markdown.dependencies(page.file());
    }

    String notFound() {
        return layouts.renderNotFound();
    }

    void writeSitemap(OutputSink sink) {
        SitemapOutput.write(site, layouts.siteView(), templates, sink);
    }

    /**
     * Everything besides the pages: 404, sitemap, redirects and their forwarding pages, headers, the
     * deprecations list, theme assets, static files, manifest, the search index and llms.txt files
     * (from {@code texts}, each page's text by URL).
     */
    void writeOutputs(Map<String, Set<String>> partialsByPage, Map<String, PageText> texts, Redirects redirects,
                      OutputSink sink, Consumer<Runnable> guard) {
        writeOutputs(partialsByPage, PageTexts.of(texts, Map.of()), redirects, sink, guard);
    }

    /** The same, with the pages' text from {@code texts}. */
    void writeOutputs(Map<String, Set<String>> partialsByPage, PageTexts texts, Redirects redirects, OutputSink sink,
                      Consumer<Runnable> guard) {
        writeOutputs(partialsByPage, texts, redirects, sink, guard, Runnable::run);
    }

    /**
     * The same, with the search index made by {@code beside} while this thread makes the other files (the
     * index is the largest of them): {@code sink} then takes files from two threads at once.
     */
    void writeOutputs(Map<String, Set<String>> partialsByPage, PageTexts texts, Redirects redirects, OutputSink sink,
                      Consumer<Runnable> guard, Executor beside) {
        CompletableFuture<Void> index = CompletableFuture.runAsync(() -> TextOutputs.writeSearchIndex(site, texts, sink), beside);
        try {
            writeModelFiles(partialsByPage, redirects, sink, guard);
            writeThemeFiles(sink);
            StaticFilesOutput.write(source, StaticFilesOutput.list(source), sink);
            TextOutputs.writeLlms(site, texts, sink);
        } catch (RuntimeException | Error e) {
            // nothing may write into the output once this has failed
            index.exceptionally(ignored -> null).join();
            throw e;
        }
        try {
            index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The files of {@link #writeOutputs} that follow the site model (its pages, titles, navigation,
     * deprecations) and not the pages' texts: 404, sitemap, redirects and their forwarding pages, the
     * deprecations list, the manifest. The dev server writes them again after a page's frontmatter
     * changed, and the text outputs apart ({@link TextOutputs}).
     */
    void writeModelFiles(Map<String, Set<String>> partialsByPage, Redirects redirects, OutputSink sink, Consumer<Runnable> guard) {
        guard.accept(() -> sink.write("404.html", notFound()));
        guard.accept(() -> writeSitemap(sink));
        guard.accept(() -> RedirectsOutput.write(redirects, site, layouts.siteView(), templates, sink));
        if (!layouts.deprecations().all().isEmpty() && site.page(Deprecations.PATH) == null) {
            guard.accept(() -> sink.write(Urls.outputFile(Deprecations.PATH), layouts.renderDeprecations()));
        }
        ManifestOutput.write(site, partialsByPage, redirects, sink);
    }

    /** The theme assets and the headers file that names them. */
    void writeThemeFiles(OutputSink sink) {
        HeadersOutput.write(site.config().basePath(), assets.files(), sink);
        assets.writeTo(sink);
    }

    /** The page body renderer (for tests that compare its parts). */
    MarkdownRenderer markdown() {
        return markdown;
    }

    /** The component renderer (for tests that compare its parts). */
    ComponentRenderer components() {
        return components;
    }
}
