package dev.quire.build;

import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.config.YamlMemo;
import dev.quire.content.ContentScanner;
import dev.quire.content.GitDates;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Urls;
import dev.quire.search.PageWords;
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
import dev.quire.output.FileStamp;
import dev.quire.output.StaticFilesOutput;
import dev.quire.config.DataFiles;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A whole build, and the only class that knows the order of the stages:
 * config → content → model → theme → render pages (or take them over from the previous output when
 * nothing they are made from changed, see {@link PageCache}) → other outputs → swap the output in.
 * Every problem of every page is collected; a build with errors writes nothing.
 */
public final class Build {

    static final List<String> SITE_FOLDERS = List.of("content", "partials", "templates", "redirects", "static", "data");

    private final BuildOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<BuildResult.StageTime> stages = new ArrayList<>();
    private final Map<String, Set<String>> partialsByPage = new ConcurrentHashMap<>();
    private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    private final PageCache records = PageCache.empty();
    private final AtomicInteger unchanged = new AtomicInteger();

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
        Path cacheFolder = output.cacheFolder();
        HighlightCache cache = stage("cache", () -> HighlightCache.open(cacheFolder.resolve("highlight")));
        CompletableFuture<Map<String, String>> lastUpdated = GitDates.start(source);
        // the frontmatter the last build parsed, read while the content folder is listed; quire check builds into
        // a fresh folder each time: no cache to read or keep
        CompletableFuture<YamlMemo> parses = options.facts() ? CompletableFuture.completedFuture(YamlMemo.none())
                : CompletableFuture.supplyAsync(() -> YamlCache.read(cacheFolder), ownThread("quire-read-cache"));
        // the theme does not depend on the pages: read on a thread of its own while they are
        CompletableFuture<Renderers.Theme> theme = CompletableFuture.supplyAsync(
                () -> Renderers.Theme.read(source, config.basePath(), new HighlightedCode(cache)), ownThread("quire-theme"));
        try {
            List<SourceFile> files = stage("content", () -> ContentScanner.read(source, ContentScanner.list(source), diagnostics, await(parses)));
            Site site = stage("model", () -> SiteAssembler.assemble(config, files, options.drafts(), diagnostics));
            List<String> staticFiles = StaticFilesOutput.list(source);
            Redirects redirects = stage("redirects", () -> SiteRedirects.check(source, site, staticFiles, diagnostics));
            Map<String, Object> data = stage("data", () -> DataFiles.load(source, diagnostics));
            Renderers renderers = stage("theme", () -> Renderers.create(source, await(theme), site, data, lastUpdated.join()));
            LinkingSink sink = new LinkingSink(output.staging(), OutputHashes.read(output.target()));
            WrittenTexts texts = new WrittenTexts(site, output.staging());
            // quire check builds into a fresh folder each time: nothing to take over, and it needs every page's facts.
            PageCache previous = options.facts() ? PageCache.empty() : stage("reuse", () -> PageCache.read(cacheFolder));
            Optional<PageKeys> keys = options.facts() ? Optional.empty()
                    : stage("keys", () -> PageKeys.of(source, site, options.drafts(), renderers.lastUpdated(), renderers::partialText));
            diagnostics.addAll(renderers.problems());
            stage("pages", () -> {
                forEach(site.pages(), p -> {
                    if (keys.isEmpty() || !takeOver(p, previous, keys.get(), sink, texts)) renderPage(p, renderers, sink, texts, keys);
                });
                return null;
            });
            // the page records are complete with the pages: written on a thread of their own while the last
            // outputs are made, under a name no build reads, and put in place after the swap
            CompletableFuture<Path> recorded = keys.isEmpty() ? CompletableFuture.completedFuture(null) : inBackground(() -> records.write(cacheFolder));
            // the frontmatter as parsed is exact by its text, whatever this build's outcome: put in place when written
            CompletableFuture<Void> parsed = keys.isEmpty() ? CompletableFuture.completedFuture(null) : inBackground(() -> {
                YamlCache.save(cacheFolder, await(parses));
                return null;
            });
            stage("outputs", () -> {
                renderers.writeOutputs(partialsByPage, texts, redirects, sink, this::guard, ownThread("quire-search-index"));
                return null;
            });
            boolean failed = diagnostics.hasErrors() || (config.strict() && !diagnostics.isEmpty());
            if (failed) {
                output.abort();
                try {
                    Path written = await(recorded);
                    if (written != null) PageCache.discard(written);
                } catch (UncheckedIOException e) {
                    // nothing was written
                }
                saved(parsed);
                return result(site.pages().size(), null);
            }
            stage("swap", () -> {
                PageCache.delete(cacheFolder);
                sink.finish();
                output.commit();
                // the caches only save work: a build whose output is in place has succeeded even if they cannot be written
                // pages.bin was removed before the swap and is replaced at once, so none describes another output
                CompletableFuture<Void> highlighted = CompletableFuture.runAsync(() -> cache.save(unchanged.get() > 0));
                try {
                    Path written = await(recorded);
                    if (written != null) PageCache.install(written);
                } catch (UncheckedIOException e) {
                    // not saved: the next build renders every page
                }
                try {
                    await(highlighted);
                } catch (UncheckedIOException e) {
                    // not saved: the next build highlights its code again
                }
                saved(parsed);
                return null;
            });
            return result(site.pages().size(), output.target());
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
            output.abort();
            return result(0, null);
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        } finally {
            cache.close();
        }
    }

    /**
     * Takes a page over from the previous build's output when its key is unchanged and its files are
     * still the ones that build wrote: its files are linked (its search file under this build's number for
     * it), and its warnings, partials and words are the recorded ones. False when the page must be rendered.
     */
    private boolean takeOver(Page page, PageCache previous, PageKeys keys, LinkingSink sink, WrittenTexts texts) {
        PageCache.Entry old = previous.get(page.url());
        if (old == null || !Arrays.equals(old.key(), keys.of(page, old.partials()))) return false;
        String html = page.outputFile();
        String markdown = Urls.markdownFile(page.path());
        String search = texts.searchFile(page);
        Set<String> expected = search == null ? Set.of(html, markdown) : Set.of(html, markdown, search);
        if ((search != null) != (old.search() != null) || old.files().size() != expected.size()) return false;
        Map<String, FileStamp> files = new LinkedHashMap<>();
        for (Map.Entry<String, FileStamp> file : old.files().entrySet()) {
            String was = file.getKey();
            // the search file's number is the page's place among the indexed pages, which other pages move
            String now = was.equals(html) || was.equals(markdown) ? was : search;
            if (now == null || !expected.contains(now) || files.containsKey(now)) return false;
            if (!sink.reuse(was, now, file.getValue())) return false;
            files.put(now, file.getValue());
        }
        diagnostics.addAll(old.diagnostics());
        partialsByPage.put(page.url(), old.partials());
        texts.takenOver(page, old.words(), old.search());
        records.put(page.url(), new PageCache.Entry(old.key(), old.diagnostics(), old.partials(), old.words(), files, old.search()));
        unchanged.incrementAndGet();
        return true;
    }

    private void renderPage(Page page, Renderers renderers, LinkingSink sink, WrittenTexts texts, Optional<PageKeys> keys) {
        guard(() -> {
            Renderers.Rendered rendered = renderers.render(page);
            List<Diagnostic> found = rendered.body().diagnostics();
            diagnostics.addAll(found);
            Set<String> partials = rendered.body().partials();
            partialsByPage.put(page.url(), partials);
            if (options.facts()) {
                SourceFacts source = rendered.body().facts();
                facts.put(page.url(), new PageFacts(page.url(), page.sitePath(), source.links(), HtmlIds.of(rendered.html()), source.hits()));
            }
            String html = page.outputFile();
            String markdown = Urls.markdownFile(page.path());
            sink.write(html, rendered.html());
            sink.write(markdown, rendered.text().markdown());
            // counted only for a site with search; turning search on changes site.yaml, and so every page's key
            PageWords counted = renderers.site().config().search().enabled()
                    ? PageWords.of(page.title(), rendered.text().sections()) : PageWords.NONE;
            byte[] summary = texts.rendered(page, rendered.text(), counted, sink);
            if (keys.isEmpty()) return;
            Map<String, FileStamp> files = new LinkedHashMap<>();
            String search = texts.searchFile(page);
            for (String file : search == null ? List.of(html, markdown) : List.of(html, markdown, search)) {
                Optional<FileStamp> stamp = sink.stamp(file);
                if (stamp.isEmpty()) return;
                files.put(file, stamp.get());
            }
            records.put(page.url(), new PageCache.Entry(keys.get().of(page, partials), List.copyOf(found), Set.copyOf(partials),
                    counted, files, summary));
        });
    }

    private void guard(Runnable work) {
        try {
            work.run();
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    /**
     * Runs {@code work} on every item, on a pool of one thread per processor, and returns when no thread of
     * it runs any more: when one item fails unexpectedly, the threads stop taking items, and the others
     * still rendering must not write into a staging folder that is being thrown away. Each thread takes
     * the next item as it finishes one, so none idles while another still has a stretch before it (a
     * parallel stream hands out fixed stretches, an eighth of the pages each, and the build waited for the
     * last one on one core). A few items run on the calling thread.
     */
    static <T> void forEach(List<T> items, Consumer<? super T> work) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
        if (items.size() <= 4 || threads < 2) {
            items.forEach(work);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable take = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    work.accept(items.get(i));
                } catch (RuntimeException | Error e) {
                    next.set(items.size());
                    throw e;
                }
            }
        };
        ForkJoinPool pool = new ForkJoinPool(threads);
        boolean failed = true;
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) runs.add(pool.submit(take));
            for (Future<?> run : runs) run.get();
            failed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            next.set(items.size());
            if (failed) pool.shutdownNow();
            else pool.shutdown();
            awaitQuietly(pool);
        }
    }

    /** Runs {@code work} on a thread of its own, not the pool's: it writes a file while the pool works. */
    private static <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, ownThread("quire-write-cache"));
    }

    /** Runs each task on a new daemon thread named {@code name}. */
    private static Executor ownThread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** Waits for the frontmatter's cache file; one not written only makes the next build parse it all. */
    private static void saved(CompletableFuture<Void> parsed) {
        try {
            await(parsed);
        } catch (UncheckedIOException e) {
            // not saved: the next build parses every page's frontmatter
        }
    }

    /** Waits for {@code work} and throws what it threw. */
    private static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a page still rendering: wait for it, however long it takes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        return new BuildResult(all, pages, out, List.copyOf(stages), Map.copyOf(facts), unchanged.get());
    }

}
