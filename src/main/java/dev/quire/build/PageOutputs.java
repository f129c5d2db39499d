package dev.quire.build;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.model.Page;
import dev.quire.model.Urls;
import dev.quire.render.PageText;
import dev.quire.output.MemorySink;
import dev.quire.render.MarkdownRenderer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rendered state of a site in memory, kept between rebuilds: every output file, each page's
 * body (so that a navigation change re-runs only its layout), the partials each page used, the
 * pages whose body shows other pages, the pages whose last render failed, and which files the
 * outputs made from every page's text are ({@link TextOutputs}). A failed page keeps its last good
 * file. Thread-safe, so pages render in parallel; a render can be made apart from the state and put
 * in place later ({@link #renderOnly}, {@link #put}).
 */
final class PageOutputs {

    /** The built-in components whose output names other pages (their titles, descriptions, badges). */
    private static final String DIRECTORY_LISTING = "DirectoryListing";
    private static final String DEPRECATED = "Deprecated";

    private final MemorySink sink = new MemorySink();
    private PageOutputs previous;
    private final Map<String, MarkdownRenderer.Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> partials = new ConcurrentHashMap<>();
    private final Map<String, PageText> texts = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> errors = new ConcurrentHashMap<>();
    private final Set<String> siteReaders = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean partialsChanged = new AtomicBoolean();
    private final AtomicBoolean textsChanged = new AtomicBoolean();
    private Set<String> textFiles = Set.of();

    PageOutputs() {
        this(null);
    }

    private PageOutputs(PageOutputs previous) {
        this.previous = previous;
    }

    /** An empty state for a whole rebuild; a page that fails there keeps its file from this one. */
    PageOutputs fresh() {
        return new PageOutputs(this);
    }

    /** Ends a whole rebuild: the previous state is no longer needed. */
    void settle() {
        previous = null;
    }

    MemorySink sink() {
        return sink;
    }

    Map<String, Set<String>> partials() {
        return partials;
    }

    /** Each page's text (search sections, Markdown copy) by URL, from its last good render. */
    Map<String, PageText> texts() {
        return texts;
    }

    Map<String, List<Diagnostic>> errors() {
        return errors;
    }

    /** True when some page's set of partials changed since the last call (the manifest records them). */
    boolean takePartialsChanged() {
        return partialsChanged.getAndSet(false);
    }

    /** True when some page's text changed since the last call (the search index and llms files are made from them). */
    boolean takeTextsChanged() {
        return textsChanged.getAndSet(false);
    }

    /**
     * Records which of the files just written are text outputs ({@link TextOutputs}), when they were
     * written along with all the site's other files; text files from before that were not written again go.
     */
    synchronized void textFilesWritten(Set<String> written) {
        for (String old : textFiles) if (!written.contains(old)) sink.remove(old);
        textFiles = Set.copyOf(written);
    }

    /** Puts a new set of text outputs in place of the last one: files of the last set that it lacks go. */
    synchronized void replaceTextFiles(Map<String, byte[]> files) {
        for (String old : textFiles) if (!files.containsKey(old)) sink.remove(old);
        files.forEach(sink::write);
        textFiles = Set.copyOf(files.keySet());
    }

    /**
     * A page rendered (or laid out again) and not yet put in place: {@link #render} puts it at once, the
     * dev server's background layout only once it knows the result is still wanted.
     *
     * @param rendered  the result, or null when the page failed before it had one
     * @param found     every problem found (warnings too)
     * @param failures  the errors among them
     * @param readsSite whether the body shows other pages (see {@link #readsSite(String)}); null when unknown
     */
    record Outcome(Page page, Renderers.Rendered rendered, List<Diagnostic> found, List<Diagnostic> failures, Boolean readsSite) {
    }

    /**
     * Renders a page (or only its layout, around its kept body) into the sink; errors stay with the
     * page and its last good file stays. Warnings go to {@code report}. True when what the page's URL
     * answers changed.
     */
    boolean render(Page page, Renderers renderers, boolean layoutOnly, Diagnostics report) {
        return put(renderOnly(page, renderers, layoutOnly), report);
    }

    /** Renders a page (or only its layout, around its kept body) and changes nothing here; {@link #put} puts it in place. */
    Outcome renderOnly(Page page, Renderers renderers, boolean layoutOnly) {
        try {
            MarkdownRenderer.Body kept = bodies.get(page.url());
            boolean reuse = layoutOnly && kept != null;
            Renderers.Rendered r = reuse
                    ? new Renderers.Rendered(kept, renderers.layout(page, kept), renderers.text(page, kept)) : renderers.render(page);
            List<Diagnostic> failures = r.body().diagnostics().stream().filter(Diagnostic::isError).toList();
            return new Outcome(page, r, r.body().diagnostics(), failures, reuse ? null : readsSite(page, r.body(), renderers));
        } catch (DiagnosticException e) {
            return new Outcome(page, null, e.diagnostics(), e.diagnostics(), null);
        } catch (RuntimeException e) {
            List<Diagnostic> failures = List.of(Diagnostic.error(Position.fileOnly(page.sitePath()), "Quire failed to render this page: " + e)
                    .withHint("this is a bug in Quire; please report it with the page"));
            return new Outcome(page, null, failures, failures, null);
        }
    }

    /** Puts a rendered page in place, as {@link #render} does. */
    boolean put(Outcome outcome, Diagnostics report) {
        Page page = outcome.page();
        String out = page.outputFile();
        byte[] before = before(out);
        List<Diagnostic> errorsBefore = errorsBefore(out);
        report.addAll(outcome.found());
        Renderers.Rendered r = outcome.rendered();
        if (r != null) {
            if (!r.body().partials().equals(partials.put(page.url(), r.body().partials()))) partialsChanged.set(true);
            if (outcome.failures().isEmpty()) {
                bodies.put(page.url(), r.body());
                boolean newText = !r.text().equals(texts.put(page.url(), r.text()));
                if (newText) textsChanged.set(true);
                sink.write(out, r.html());
                String md = Urls.markdownFile(page.path());
                if (newText || sink.get(md) == null) sink.write(md, r.text().markdown());
            }
        }
        if (Boolean.TRUE.equals(outcome.readsSite())) siteReaders.add(page.url());
        else if (Boolean.FALSE.equals(outcome.readsSite())) siteReaders.remove(page.url());
        if (outcome.failures().isEmpty()) {
            errors.remove(out);
        } else {
            errors.put(out, outcome.failures());
            if (sink.get(out) == null && before != null) sink.write(out, before);
        }
        return !Arrays.equals(before, sink.get(out)) || !Objects.equals(errorsBefore, errors.get(out));
    }

    /** Whether the page's last good body is kept, so that its layout alone can be rendered again. */
    boolean hasBody(String url) {
        return bodies.containsKey(url);
    }

    /**
     * True when the page's last rendered body shows other pages (a {@code <DirectoryListing>}, a
     * {@code <Deprecated>} naming its replacement), so that it must be rendered again, not only laid
     * out, when titles or the page set change.
     */
    boolean readsSite(String url) {
        return siteReaders.contains(url);
    }

    /** By the text of the page and of the partials it used: cheap, and true rather than false when in doubt. */
    private static boolean readsSite(Page page, MarkdownRenderer.Body body, Renderers renderers) {
        if (mentionsSite(page.file().source().text())) return true;
        for (String partial : body.partials()) {
            if (renderers.partialText(partial).map(PageOutputs::mentionsSite).orElse(false)) return true;
        }
        return false;
    }

    private static boolean mentionsSite(String text) {
        return text.contains("<" + DIRECTORY_LISTING) || text.contains("<" + DEPRECATED);
    }

    /** Forgets a page that is gone. True when it had something to forget. */
    boolean remove(String url, String outputFile) {
        bodies.remove(url);
        partials.remove(url);
        siteReaders.remove(url);
        if (texts.remove(url) != null) textsChanged.set(true);
        sink.remove(outputFile.substring(0, outputFile.length() - "index.html".length()) + "index.md");
        boolean had = errors.remove(outputFile) != null;
        byte[] old = sink.get(outputFile);
        sink.remove(outputFile);
        return had || old != null;
    }

    /** Writes a file that is not a page; true when its bytes changed. */
    boolean write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    boolean write(String path, byte[] bytes) {
        byte[] before = before(path);
        sink.write(path, bytes);
        return !Arrays.equals(before, bytes);
    }

    private byte[] before(String path) {
        byte[] own = sink.get(path);
        return own != null || previous == null ? own : previous.sink.get(path);
    }

    private List<Diagnostic> errorsBefore(String path) {
        List<Diagnostic> own = errors.get(path);
        return own != null || previous == null ? own : previous.errors.get(path);
    }
}
