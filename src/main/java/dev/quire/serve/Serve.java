package dev.quire.serve;

import dev.quire.build.ChangeKind;
import dev.quire.build.IncrementalBuild;
import dev.quire.build.Rebuild;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * A running {@code quire serve}: the site built in memory, served over HTTP, and rebuilt as its
 * files change, with open pages reloaded. Each rebuild is logged in one line, with its problems
 * in the terminal format.
 */
public final class Serve implements AutoCloseable {

    /** How to serve: the site folder, the address to bind, and whether draft pages are shown. */
    public record Options(Path source, String host, int port, boolean drafts) {
    }

    private final IncrementalBuild build;
    private final DevServer server;
    private final FileWatcher watcher;
    private final PrintWriter log;
    private volatile Rebuild last;
    private volatile int rebuilds;

    private Serve(Options options, PrintWriter log) throws IOException {
        this.log = log;
        this.build = IncrementalBuild.start(options.source(), options.drafts());
        this.last = build.first();
        report(last, "built " + last.pagesRendered() + " pages");
        RedirectMap redirects = path -> build.snapshot().redirects().find(path)
                .map(a -> new RedirectMap.Redirect(a.location(), a.status()));
        this.server = DevServer.start(options.host(), options.port(), build::snapshot, redirects);
        build.onLaterRebuild(this::laidOut);
        try {
            this.watcher = FileWatcher.start(options.source(), this::changed);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Builds the site, starts the server and the watcher. */
    public static Serve start(Options options, PrintWriter log) {
        try {
            return new Serve(options, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the site's home page. */
    public URI url() {
        return server.address().resolve(build.snapshot().basePath());
    }

    /** The last rebuild (or the first build). */
    public Rebuild lastRebuild() {
        return last;
    }

    /** How many rebuilds ran since the start. */
    public int rebuilds() {
        return rebuilds;
    }

    /** The number of pages listening for reloads. */
    public int listeners() {
        return server.listeners();
    }

    /** A rebuild and its reload, in order with the background work it leaves ({@link #laidOut}). */
    private synchronized void changed(Set<String> paths) {
        Rebuild r;
        try {
            r = build.apply(paths);
        } catch (RuntimeException e) {
            log.println("error: Quire failed while rebuilding " + paths + ": " + e);
            log.flush();
            return;
        }
        last = r;
        rebuilds++;
        server.changed(r.changedUrls());
        String what = r.everything() ? "rebuilt the site (" + r.pagesRendered() + " pages)"
                : "rebuilt " + plural(r.pagesRendered(), "page") + (r.layoutsRendered() > 0 ? ", laid out " + plural(r.layoutsRendered(), "page") : "");
        report(r, what + " after " + String.join(", ", paths.stream().filter(p -> ChangeKind.of(p) != ChangeKind.NONE).toList()));
    }

    /**
     * The background work after a title, order or file-set change is done: the pages it laid out
     * again reload if open (the edited page itself reloaded before).
     */
    private synchronized void laidOut(Rebuild r) {
        if (r.changedUrls().isEmpty() && r.diagnostics().isEmpty() && r.layoutsRendered() == 0 && r.pagesRendered() == 0) return;
        last = r;
        server.changed(r.changedUrls());
        String what = "then laid out " + plural(r.layoutsRendered(), "page")
                + (r.pagesRendered() > 0 ? ", rendered " + plural(r.pagesRendered(), "page") + " that show others" : "")
                + " in the background";
        report(r, what);
    }

    private void report(Rebuild r, String what) {
        for (Diagnostic d : r.diagnostics()) log.print(Reporter.format(d));
        long errors = r.diagnostics().stream().filter(Diagnostic::isError).count();
        log.printf("%s in %d ms%s%n", what, r.millis(),
                errors > 0 ? " (" + Reporter.summary(errors, r.diagnostics().size() - errors) + "; the browser shows them)" : "");
        log.flush();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.println("warning: could not stop watching files: " + e.getMessage());
        }
        server.close();
        log.flush();
    }
}
