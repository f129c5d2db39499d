package dev.quire.build;

import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.UsageException;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.output.StaticFilesOutput;
import dev.quire.output.ManifestOutput;
import dev.quire.output.OutputSink;
import dev.quire.output.RedirectsOutput;
import dev.quire.render.Deprecations;
import dev.quire.render.PageText;
import dev.quire.search.PageWords;
import dev.quire.search.SectionText;
import dev.quire.model.redirect.Redirects;
import dev.quire.template.BodyTemplates;
import dev.quire.template.ThemeFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A site built in memory and kept up to date file change by file change, for the dev server. The
 * first build renders everything; {@link #apply} then redoes only what the changed files reach
 * (see {@link ChangeKind}): an edited page is rendered again, and the pages whose sidebar,
 * breadcrumbs or previous/next links changed get their layout again around their kept body; a
 * partial re-renders the pages that used it; a component template the pages that use the component;
 * a layout, the sidebar template or a theme asset that no component loads lays every page out again
 * around its kept body ({@link BodyTemplates}); site.yaml, data and other templates render everything. An edit below a page's frontmatter only renders
 * that page from its new source, kept beside the site model (see {@link #latest}): navigation,
 * sitemap, redirects and the other whole-site files cannot have changed. A page that fails keeps its last good HTML and
 * carries its errors; site.yaml or data errors concern every page. Each rebuild ends by publishing
 * a new immutable {@link SiteSnapshot}.
 * <p>
 * The search index and llms files are made from the text of every page ({@link TextOutputs}), which
 * takes long on a large site; when a rebuild changed some page's text they are made again on a
 * background thread once no text changed for {@link #TEXTS_QUIET_MILLIS} (so the reload, and the
 * browser's request that follows it, do not wait or share the CPU with it), and published as a
 * whole in a later snapshot. Edits that come meanwhile fold into one remaking; {@link #settle}
 * waits for it.
 */
public final class IncrementalBuild {

    /** How long page texts must stay as they are before the search index and llms files are made again. */
    static final long TEXTS_QUIET_MILLIS = 250;

    private final Path source;
    private final boolean drafts;
    private SiteConfig config;
    private Map<String, Object> data;
    private Site site;
    /**
     * Pages whose source changed below the frontmatter since {@link #site} was assembled, by path:
     * the model still holds them with their old source, which is the same in all the model gives
     * (URL, title, sidebar, order, navigation). Emptied when the site is assembled again.
     */
    private final Map<String, Page> edited = new HashMap<>();
    private Renderers renderers;
    private final Map<String, SourceFile> sources = new TreeMap<>();
    private final Map<String, List<Diagnostic>> readErrors = new TreeMap<>();
    private Map<String, List<Diagnostic>> assemblyErrors = Map.of();
    private Set<String> staticFiles = Set.of();
    private List<Diagnostic> siteErrors = List.of();
    private PageOutputs outputs = new PageOutputs();
    private volatile SiteSnapshot snapshot;
    private Redirects redirects = Redirects.NONE;
    private RedirectLookup redirectLookup = RedirectLookup.NONE;
    private final Rebuild first;
    /** Counts changes of the page texts and writes of the text outputs; guarded by {@code this}. */
    private long textsVersion;
    private boolean textsQueued;
    private volatile long textsChangedAt;
    /** Each page's search words as the last remaking counted them, by URL; only the text worker touches it. */
    private final Map<String, CountedWords> counted = new HashMap<>();
    private final ThreadPoolExecutor textWorker = worker("quire-search-index");
    /** Counts rebuilds; guarded by {@code this}. */
    private long applied;
    /**
     * What a change of the site model left for the background ({@link #layOutLater}), guarded by
     * {@code this}: the pages, by path, to lay out again around their kept body, those to render again,
     * and whether the files that follow the model are to be made again. A rebuild that renders a
     * page itself takes it off.
     */
    private final Set<String> laterLayouts = new HashSet<>();
    private final Set<String> laterRenders = new HashSet<>();
    private boolean laterModelFiles;
    private boolean laterQueued;
    private final ThreadPoolExecutor layoutWorker = worker("quire-layout");
    private volatile Consumer<Rebuild> laterListener = r -> { };

    private IncrementalBuild(Path source, boolean drafts) {
        this.source = source.toAbsolutePath().normalize();
        this.drafts = drafts;
        this.first = full(Set.of(ChangeKind.SITE), System.nanoTime());
    }

    /** Builds the whole site in memory; its problems are in {@link #first()}, never thrown. */
    public static IncrementalBuild start(Path source, boolean drafts) {
        return new IncrementalBuild(source, drafts);
    }

    /** What the first, whole build did. */
    public Rebuild first() {
        return first;
    }

    /** The site as last built; safe to read from any thread. */
    public SiteSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Waits until every page and file is that of the last rebuild: after a change of the site model
     * the other pages' navigation and the files that follow the model are made again in the
     * background, and after page texts changed the search index and llms files.
     */
    public void settle() {
        try {
            layoutWorker.submit(() -> { }).get();
            textWorker.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tells {@code listener}, on a background thread and after the snapshot is published, what the
     * background work after a change of the site model did (its changed URLs: the open pages among
     * them should reload). Called with no lock held.
     */
    public void onLaterRebuild(Consumer<Rebuild> listener) {
        this.laterListener = listener;
    }

    /** Rebuilds what changes to these files (site paths, "content/a.mdx"; a folder may end in '/') affect. */
    public synchronized Rebuild apply(Collection<String> changedPaths) {
        long start = System.nanoTime();
        ChangeSet changes = ChangeSet.of(source, changedPaths, this::knownFiles);
        if (site != null && siteErrors.isEmpty() && changes.kinds().equals(Set.of(ChangeKind.SITE))
                && aroundBodiesOnly(changes.paths(ChangeKind.SITE))) {
            return themeChange(changes.kinds(), start);
        }
        if (changes.has(ChangeKind.SITE) || site == null) return full(changes.kinds(), start);
        applied++;
        Diagnostics report = new Diagnostics();
        Set<String> changed = new TreeSet<>();
        Map<String, Page> render = new ConcurrentHashMap<>();
        boolean modelChanged = changes.has(ChangeKind.PAGE)
                && pageChanges(changes.paths(ChangeKind.PAGE), report, changed, render);
        if (changes.has(ChangeKind.PARTIAL)) {
            renderers = renderers.withFreshPartials();
            Set<String> partials = changes.paths(ChangeKind.PARTIAL);
            for (Page p : site.pages()) {
                if (outputs.partials().getOrDefault(p.url(), Set.of()).stream().anyMatch(partials::contains)) render.put(p.url(), latest(p));
            }
        }
        if (changes.has(ChangeKind.COMPONENT)) componentChanges(changes.paths(ChangeKind.COMPONENT), render);
        if (changes.has(ChangeKind.PARTIAL) || changes.has(ChangeKind.COMPONENT)) {
            for (Page p : site.pages()) if (outputs.errors().containsKey(p.outputFile())) render.put(p.url(), latest(p));
        }
        if (changes.has(ChangeKind.STATIC)) staticChanges(changes.paths(ChangeKind.STATIC), changed);
        renderPages(render.values(), false, report, changed);
        for (Page p : render.values()) {
            laterLayouts.remove(p.path());
            laterRenders.remove(p.path());
        }
        if (changes.has(ChangeKind.REDIRECTS) || changes.has(ChangeKind.STATIC)) {
            checkRedirects(report);
            guard(() -> writeOutputs(report, changed), report);
            laterModelFiles = false;
        } else if (modelChanged) {
            // the redirect map is served at once; the files that follow the model are made in the background
            checkRedirects(report);
            outputs.takePartialsChanged();
            outputs.takeTextsChanged();
            textsChanged();
        } else {
            if (outputs.takePartialsChanged()) ManifestOutput.write(site, outputs.partials(), redirects, outputs.sink());
            if (outputs.takeTextsChanged()) textsChanged();
        }
        publish();
        if (modelChanged) layOutLater();
        return new Rebuild(changed, false, render.size(), 0, changes.kinds(), report.sorted(), millis(start));
    }

    /**
     * Reads changed pages; when the page set or a page's frontmatter changed, assembles the site
     * again, marks the changed pages to render now and leaves for the background ({@link #layOutLater})
     * the pages whose navigation changed (to lay out again), those whose body shows other pages or
     * failed (to render again) and the files that follow the model; when only pages' bodies changed,
     * keeps them beside the model and marks them to render. True when the site model was rebuilt.
     */
    private boolean pageChanges(Set<String> paths, Diagnostics report, Set<String> changed, Map<String, Page> render) {
        Set<String> touched = new HashSet<>();
        for (String sitePath : paths) {
            String cp = sitePath.substring(ContentScanner.DIR.length() + 1);
            if (Files.isRegularFile(source.resolve(sitePath), LinkOption.NOFOLLOW_LINKS)) {
                Diagnostics local = new Diagnostics();
                SourceFile file = ContentScanner.readOne(source, cp, local);
                report.addAll(local.sorted());
                List<Diagnostic> errors = errorsOf(local);
                List<Diagnostic> before = errors.isEmpty() ? readErrors.remove(cp) : readErrors.put(cp, errors);
                if (!errors.equals(before == null ? List.of() : before)) changed.add(urlOf(cp));
                if (file == null || !errors.isEmpty()) continue;
                SourceFile old = sources.put(cp, file);
                if (old == null || !old.source().text().equals(file.source().text()) || before != null) touched.add(cp);
            } else {
                if (readErrors.remove(cp) != null) changed.add(urlOf(cp));
                if (sources.remove(cp) != null) touched.add(cp);
            }
        }
        if (touched.isEmpty() || bodiesOnly(touched, render)) return false;
        Site old = site;
        boolean samePages = replacePages(touched);
        if (!samePages) assemble(report);
        Set<String> navChanged = NavPrints.changed(old, site, ownSidebar());
        boolean failed = !outputs.errors().isEmpty();
        for (Page p : site.pages()) {
            if (touched.contains(p.file().contentPath())) render.put(p.url(), p);
            else if (outputs.readsSite(p.url()) || (failed && outputs.errors().containsKey(p.outputFile()))) laterRenders.add(p.path());
            else if (navChanged.contains(p.url())) laterLayouts.add(p.path());
        }
        if (!samePages) {
            for (Page p : old.pages()) {
                if (site.page(p.path()) == null && outputs.remove(p.url(), p.outputFile())) changed.add(p.url());
            }
        }
        laterModelFiles = true;
        return true;
    }

    /**
     * When each touched page is published as it was and only its text below the frontmatter changed
     * (so title, sidebar, order, draft and deprecation are as before), keeps the pages with their new
     * sources beside the model ({@link #edited}) and marks them to render; nothing else can have
     * changed, so the model, its navigation and the renderers stay. False, changing nothing, when
     * some page changed more.
     */
    private boolean bodiesOnly(Set<String> touched, Map<String, Page> render) {
        Map<String, Page> now = new HashMap<>();
        for (String cp : touched) {
            SourceFile file = sources.get(cp);
            Page page = file == null ? null : site.page(Urls.pathOf(cp));
            if (page == null || !page.file().contentPath().equals(cp) || !sameFrontMatter(page.file(), file)
                    || assemblyErrors.containsKey(file.sitePath())) return false;
            now.put(page.path(), new Page(file, page.path(), page.url()));
        }
        edited.putAll(now);
        now.values().forEach(p -> render.put(p.url(), p));
        return true;
    }

    /**
     * When each touched page is published before and after at the same URL from the same file (its
     * title, order, label, description or deprecation changed; no page came, went or turned draft),
     * makes the new model from the old one's pages with those (and the pages edited below their
     * frontmatter since) replaced: what assembling again would give, without a look-up per file,
     * and with only the navigation above those pages made again. False, changing nothing, otherwise.
     */
    private boolean replacePages(Set<String> touched) {
        if (!assemblyErrors.isEmpty()) return false;
        Map<String, Page> now = new HashMap<>();
        for (String cp : touched) {
            SourceFile file = sources.get(cp);
            Page page = file == null ? null : site.page(Urls.pathOf(cp));
            if (page == null || !page.file().contentPath().equals(cp) || (file.meta().draft() && !drafts)) return false;
            now.put(page.path(), new Page(file, page.path(), page.url()));
        }
        edited.forEach(now::putIfAbsent);
        site = site.withPages(now);
        edited.clear();
        renderers = renderers.withSite(site);
        return true;
    }

    /** The page with its latest source: the model's, or the one kept for a body edit since. */
    private Page latest(Page page) {
        Page e = edited.get(page.path());
        return e != null ? e : page;
    }

    private static boolean sameFrontMatter(SourceFile a, SourceFile b) {
        return a.mdx() == b.mdx() && a.frontMatter().present() == b.frontMatter().present()
                && a.frontMatter().yaml().equals(b.frontMatter().yaml()) && a.meta().equals(b.meta());
    }

    private void componentChanges(Set<String> paths, Map<String, Page> render) {
        renderers = Renderers.create(source, site, data);
        Set<String> names = paths.stream().map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - 4)).collect(Collectors.toSet());
        Build.forEach(site.pages(), p -> {
            try {
                if (renderers.dependencies(latest(p)).components().stream().anyMatch(names::contains)) render.put(p.url(), latest(p));
            } catch (DiagnosticException e) {
                render.put(p.url(), latest(p));
            }
        });
    }

    private void staticChanges(Set<String> paths, Set<String> changed) {
        Set<String> now = new TreeSet<>(staticFiles);
        for (String sitePath : paths) {
            String rel = sitePath.substring(StaticFilesOutput.DIR.length() + 1);
            Path file = source.resolve(sitePath);
            try {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    if (outputs.write(rel, Files.readAllBytes(file))) changed.add(config.basePath() + rel);
                    now.add(rel);
                } else if (now.remove(rel)) {
                    outputs.sink().remove(rel);
                    changed.add(config.basePath() + rel);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        staticFiles = Set.copyOf(now);
    }

    /** Builds everything again; on site.yaml or data errors keeps the last good state and reports them for every page. */
    private Rebuild full(Set<ChangeKind> kinds, long start) {
        applied++;
        Diagnostics report = new Diagnostics();
        Set<String> changed = new TreeSet<>();
        boolean siteErrorsBefore = !siteErrors.isEmpty();
        try {
            SiteConfig newConfig = SiteConfigLoader.load(source, report);
            Map<String, Object> newData = DataFiles.load(source, report);
            List<String> paths = ContentScanner.list(source);
            if (report.hasErrors()) return siteFailure(report, kinds, start);
            config = newConfig;
            data = newData;
            sources.clear();
            readErrors.clear();
            for (String cp : paths) {
                Diagnostics local = new Diagnostics();
                SourceFile file = ContentScanner.readOne(source, cp, local);
                report.addAll(local.sorted());
                if (local.hasErrors()) readErrors.put(cp, errorsOf(local));
                else if (file != null) sources.put(cp, file);
            }
            Site old = site;
            assemble(report);
            renderers = Renderers.create(source, site, data);
            siteErrors = List.of();
            outputs = outputs.fresh();
            renderPages(site.pages(), false, report, changed);
            checkRedirects(report);
            staticFiles = Set.copyOf(StaticFilesOutput.list(source));
            writeOutputs(report, changed);
            laterLayouts.clear();
            laterRenders.clear();
            laterModelFiles = false;
            outputs.takePartialsChanged();
            outputs.settle();
            if (old != null) for (Page p : old.pages()) if (site.page(p.path()) == null) changed.add(p.url());
            if (siteErrorsBefore) site.pages().forEach(p -> changed.add(p.url()));
        } catch (DiagnosticException e) {
            report.addAll(e.diagnostics());
            return siteFailure(report, kinds, start);
        } catch (UsageException e) {
            report.add(e.diagnostic());
            return siteFailure(report, kinds, start);
        }
        publish();
        return new Rebuild(changed, true, site.pages().size(), 0, kinds, report.sorted(), millis(start));
    }

    /**
     * Whether these changed site files are all theme files that no page body depends on (layouts,
     * the sidebar, the sitemap or redirect templates, and the theme assets when no component asks for
     * one): see {@link BodyTemplates}.
     */
    private boolean aroundBodiesOnly(Set<String> sitePaths) {
        String prefix = ThemeFiles.SITE_DIR + "/";
        if (!sitePaths.stream().allMatch(p -> p.startsWith(prefix))) return false;
        BodyTemplates reach = BodyTemplates.of(new ThemeFiles(source));
        return sitePaths.stream().noneMatch(p -> reach.reaches(p.substring(prefix.length())));
    }

    /**
     * A template or theme asset that no body depends on changed: reads the theme again, lays every
     * page out around its kept body (a page without one, because its body failed, is rendered) and
     * writes the files that follow the templates (404, sitemap, redirect pages, deprecations list,
     * theme assets and headers) in place of a whole rebuild. Old hashed assets go.
     */
    private Rebuild themeChange(Set<ChangeKind> kinds, long start) {
        applied++;
        Diagnostics report = new Diagnostics();
        Set<String> changed = new TreeSet<>();
        Set<String> oldAssets = renderers.themeAssetFiles();
        renderers = renderers.withTheme();
        List<Page> pages = site.pages().stream().map(this::latest).toList();
        int withoutBody = (int) pages.stream().filter(p -> !outputs.hasBody(p.url())).count();
        renderPages(pages, true, report, changed);
        Map<String, byte[]> made = new ConcurrentHashMap<>();
        renderers.writeModelFiles(outputs.partials(), redirects, made::put, work -> guard(work, report));
        renderers.writeThemeFiles(made::put);
        made.forEach((path, bytes) -> {
            if (outputs.write(path, bytes) && path.endsWith(Urls.outputFile(""))) {
                changed.add(config.basePath() + path.substring(0, path.length() - Urls.outputFile("").length()));
            }
        });
        for (String old : oldAssets) {
            if (!made.containsKey(old)) outputs.sink().remove(old);
        }
        dropDeprecationsList(made.keySet(), changed);
        laterLayouts.clear();
        laterModelFiles = false;
        publish();
        layOutLater();
        return new Rebuild(changed, false, withoutBody, pages.size() - withoutBody, kinds, report.sorted(), millis(start));
    }

    /**
     * Writes every file besides the pages, the text outputs among them, which are then as the
     * pages' texts are: a remaking queued in the background for older texts is dropped.
     */
    private void writeOutputs(Diagnostics report, Set<String> changed) {
        Set<String> written = ConcurrentHashMap.newKeySet();
        Set<String> all = ConcurrentHashMap.newKeySet();
        OutputSink sink = (path, bytes) -> {
            outputs.sink().write(path, bytes);
            all.add(path);
            if (TextOutputs.isTextFile(path) && !staticFiles.contains(path)) written.add(path);
        };
        renderers.writeOutputs(outputs.partials(), outputs.texts(), redirects, sink, work -> guard(work, report));
        dropDeprecationsList(all, changed);
        outputs.textFilesWritten(written);
        outputs.takeTextsChanged();
        textsVersion++;
    }

    /** The list of deprecated pages goes when the files just written lack it (nothing is deprecated any more) and no page is there. */
    private void dropDeprecationsList(Set<String> written, Set<String> changed) {
        String file = Urls.outputFile(Deprecations.PATH);
        if (written.contains(file) || site.page(Deprecations.PATH) != null || outputs.sink().get(file) == null) return;
        outputs.sink().remove(file);
        changed.add(config.basePath() + Deprecations.PATH);
    }

    /** Queues the work a change of the site model left ({@link #laterLayouts}), unless it is queued and not started yet. */
    private void layOutLater() {
        if (laterQueued || (laterLayouts.isEmpty() && laterRenders.isEmpty() && !laterModelFiles)) return;
        laterQueued = true;
        layoutWorker.execute(this::doLater);
    }

    /**
     * The work a change of the site model left: lays out again the pages whose navigation changed,
     * renders again those whose body shows other pages, and makes the files that follow the model,
     * all outside the lock; then puts them in place and publishes them as one snapshot, unless the
     * model changed meanwhile (then it starts over from the new model's work). A page that a rebuild
     * rendered meanwhile is left as that rebuild made it; the model files are put in place only if no
     * rebuild came between. Tells {@link #laterListener} what changed.
     */
    private void doLater() {
        long start = System.nanoTime();
        Diagnostics report = new Diagnostics();
        Set<String> changed = new TreeSet<>();
        int rendered = 0;
        int laidOut = 0;
        try {
            while (true) {
                Site s;
                Renderers r;
                PageOutputs o;
                long at;
                boolean files;
                Map<String, Set<String>> partials;
                Redirects red;
                List<Page> layouts = new ArrayList<>();
                List<Page> renders = new ArrayList<>();
                synchronized (this) {
                    laterLayouts.removeIf(path -> site.page(path) == null);
                    laterRenders.removeIf(path -> site.page(path) == null);
                    if (laterLayouts.isEmpty() && laterRenders.isEmpty() && !laterModelFiles) {
                        laterQueued = false;
                        break;
                    }
                    s = site;
                    r = renderers;
                    o = outputs;
                    at = applied;
                    files = laterModelFiles;
                    laterLayouts.forEach(path -> layouts.add(latest(s.page(path))));
                    laterRenders.forEach(path -> renders.add(latest(s.page(path))));
                    partials = Map.copyOf(o.partials());
                    red = redirects;
                }
                List<PageOutputs.Outcome> laid = renderOnly(o, r, layouts, true);
                List<PageOutputs.Outcome> done = renderOnly(o, r, renders, false);
                Diagnostics fileReport = new Diagnostics();
                Map<String, byte[]> made = new ConcurrentHashMap<>();
                if (files) r.writeModelFiles(partials, red, made::put, work -> guard(work, fileReport));
                synchronized (this) {
                    if (s != site || r != renderers || o != outputs) continue;
                    for (PageOutputs.Outcome out : laid) {
                        if (!laterLayouts.remove(out.page().path())) continue;
                        laidOut++;
                        if (o.put(out, report)) changed.add(out.page().url());
                    }
                    for (PageOutputs.Outcome out : done) {
                        if (!laterRenders.remove(out.page().path())) continue;
                        rendered++;
                        if (o.put(out, report)) changed.add(out.page().url());
                    }
                    if (files && at == applied) {
                        report.addAll(fileReport.sorted());
                        made.forEach((path, bytes) -> {
                            if (o.write(path, bytes) && path.endsWith(Urls.outputFile(""))) {
                                changed.add(config.basePath() + path.substring(0, path.length() - Urls.outputFile("").length()));
                            }
                        });
                        dropDeprecationsList(made.keySet(), changed);
                        laterModelFiles = false;
                    }
                    o.takePartialsChanged();
                    if (o.takeTextsChanged()) textsChanged();
                    publish();
                }
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                laterQueued = false;
            }
            throw e;
        }
        laterListener.accept(new Rebuild(changed, false, rendered, laidOut, Set.of(ChangeKind.PAGE), report.sorted(), millis(start)));
    }

    private static List<PageOutputs.Outcome> renderOnly(PageOutputs outputs, Renderers renderers, List<Page> pages, boolean layoutOnly) {
        List<PageOutputs.Outcome> out = java.util.Collections.synchronizedList(new ArrayList<>());
        Build.forEach(pages, p -> out.add(outputs.renderOnly(p, renderers, layoutOnly)));
        return out;
    }

    /** Page texts changed: queues a remaking of the text outputs, unless one is queued and not started yet. */
    private void textsChanged() {
        textsVersion++;
        textsChangedAt = System.nanoTime();
        if (textsQueued) return;
        textsQueued = true;
        textWorker.execute(this::remakeTextOutputs);
    }

    /**
     * Once the page texts stayed as they are for a moment, makes the text outputs from them, outside
     * the lock, and publishes them at once, unless the texts changed again meanwhile (then a newer
     * remaking is queued) or a rebuild wrote them itself.
     */
    private void remakeTextOutputs() {
        try {
            long wait;
            while ((wait = textsChangedAt + TEXTS_QUIET_MILLIS * 1_000_000 - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Site s;
        Map<String, PageText> texts;
        long version;
        synchronized (this) {
            textsQueued = false;
            s = site; // its pages' URLs, titles and frontmatter are those of the latest sources
            texts = Map.copyOf(outputs.texts());
            version = textsVersion;
        }
        Map<String, byte[]> files = TextOutputs.of(s, texts, words(s, texts));
        synchronized (this) {
            if (version != textsVersion) return;
            outputs.replaceTextFiles(files);
            publish();
        }
    }

    /** A page's search words, with the title and sections they were counted from. */
    private record CountedWords(String title, List<SectionText> sections, PageWords words) {
    }

    /**
     * Each page's search words by URL, counted again only for the pages whose title or sections
     * changed since the last remaking; only the text worker calls it.
     */
    private Map<String, PageWords> words(Site s, Map<String, PageText> texts) {
        if (!s.config().search().enabled()) return Map.of();
        Map<String, CountedWords> next = new ConcurrentHashMap<>();
        List<Page> recount = new ArrayList<>();
        for (Page p : s.pages()) {
            PageText text = texts.get(p.url());
            if (text == null) continue;
            CountedWords c = counted.get(p.url());
            if (c != null && Objects.equals(c.title(), p.title())
                    && (c.sections() == text.sections() || c.sections().equals(text.sections()))) {
                next.put(p.url(), c);
            } else {
                recount.add(p);
            }
        }
        Build.forEach(recount, p -> {
            List<SectionText> sections = texts.get(p.url()).sections();
            next.put(p.url(), new CountedWords(p.title(), sections, PageWords.of(p.title(), sections)));
        });
        counted.clear();
        counted.putAll(next);
        Map<String, PageWords> out = new HashMap<>();
        next.forEach((url, c) -> out.put(url, c.words()));
        return out;
    }

    private Rebuild siteFailure(Diagnostics report, Set<ChangeKind> kinds, long start) {
        siteErrors = errorsOf(report);
        publish();
        Set<String> all = site == null ? Set.of() : site.pages().stream().map(Page::url).collect(Collectors.toSet());
        return new Rebuild(all, true, 0, 0, kinds, report.sorted(), millis(start));
    }

    private void assemble(Diagnostics report) {
        Diagnostics local = new Diagnostics();
        site = SiteAssembler.assemble(config, List.copyOf(sources.values()), drafts, local);
        edited.clear();
        report.addAll(local.sorted());
        Map<String, List<Diagnostic>> byFile = new HashMap<>();
        for (Diagnostic d : errorsOf(local)) byFile.computeIfAbsent(d.position().file(), f -> new ArrayList<>()).add(d);
        assemblyErrors = byFile;
        if (renderers != null) renderers = renderers.withSite(site);
    }

    private void renderPages(Collection<Page> pages, boolean layoutOnly, Diagnostics report, Set<String> changed) {
        Set<String> done = ConcurrentHashMap.newKeySet();
        Build.forEach(List.copyOf(pages), p -> {
            if (outputs.render(p, renderers, layoutOnly, report)) done.add(p.url());
        });
        changed.addAll(done);
    }

    /** Reads and checks redirects/*.txt against the current pages and static files. */
    private void checkRedirects(Diagnostics report) {
        String base = site.config().basePath();
        Set<String> stale = new HashSet<>(RedirectsOutput.stubFiles(redirects, base));
        redirects = SiteRedirects.check(source, site, StaticFilesOutput.list(source), report);
        redirectLookup = new RedirectLookup(redirects);
        stale.removeAll(RedirectsOutput.stubFiles(redirects, base));
        for (String file : stale) {
            if (site.pages().stream().noneMatch(p -> p.outputFile().equals(file))) outputs.sink().remove(file);
        }
    }

    private void publish() {
        Map<String, List<Diagnostic>> errors = new HashMap<>(outputs.errors());
        readErrors.forEach((cp, list) -> errors.put(Urls.outputFile(Urls.pathOf(cp)), list));
        assemblyErrors.forEach((file, list) -> errors.put(Urls.outputFile(Urls.pathOf(file.substring(ContentScanner.DIR.length() + 1))), list));
        String base = config == null ? "/" : config.basePath();
        snapshot = new SiteSnapshot(base, outputs.sink().snapshot(), errors, siteErrors, redirectLookup);
    }

    private Collection<String> knownFiles() {
        List<String> known = new ArrayList<>();
        sources.keySet().forEach(cp -> known.add(ContentScanner.DIR + "/" + cp));
        readErrors.keySet().forEach(cp -> known.add(ContentScanner.DIR + "/" + cp));
        staticFiles.forEach(f -> known.add(StaticFilesOutput.DIR + "/" + f));
        outputs.partials().values().forEach(known::addAll);
        return known;
    }

    private String urlOf(String contentPath) {
        return config.basePath() + Urls.pathOf(contentPath);
    }

    private boolean ownSidebar() {
        return new ThemeFiles(source).isSiteFile("sidebar.peb");
    }

    private static ThreadPoolExecutor worker(String name) {
        return new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static List<Diagnostic> errorsOf(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private static void guard(Runnable work, Diagnostics report) {
        try {
            work.run();
        } catch (DiagnosticException e) {
            report.addAll(e.diagnostics());
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
