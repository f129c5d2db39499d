package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.quire.build.SiteSnapshot;
import dev.quire.diag.Diagnostic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers requests from the latest {@link SiteSnapshot}, one snapshot per request: files with their
 * content type, {@code index.html} for folder URLs ({@code /a} → 301 {@code /a/}), the redirect
 * map, the error page for pages that failed (500), and {@code 404.html} with status 404. Paths that
 * try to leave the site get 400. HTML answers carry the live reload script.
 */
final class SiteHandler implements HttpHandler {

    private final Supplier<SiteSnapshot> site;
    private final LiveReload reload;
    private volatile RedirectMap redirects;

    SiteHandler(Supplier<SiteSnapshot> site, LiveReload reload, RedirectMap redirects) {
        this.site = site;
        this.reload = reload;
        this.redirects = redirects;
    }

    void redirects(RedirectMap map) {
        this.redirects = map;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        if (LiveReload.EVENTS.equals(raw) && exchange.getRequestMethod().equals("GET")) {
            reload.subscribe(exchange);
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("405 method not allowed\n"));
                return;
            }
            if (LiveReload.SCRIPT.equals(raw)) {
                send(exchange, 200, ContentTypes.of(raw), reload.script());
                return;
            }
            Optional<String> path = RequestPath.decode(raw);
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes("400 bad request: the path leaves the site\n"));
                return;
            }
            answer(exchange, path.get(), site.get());
        }
    }

    private void answer(HttpExchange exchange, String path, SiteSnapshot s) throws IOException {
        String base = s.basePath();
        if (!path.startsWith(base)) {
            if ((path + "/").equals(base)) redirect(exchange, base, 301);
            else notFound(exchange, s);
            return;
        }
        Optional<RedirectMap.Redirect> to = redirects.find(path);
        if (to.isPresent()) {
            // as Cloudflare Pages does: a rule wins over a file (the build's forwarding pages, for hosts without rules)
            redirect(exchange, to.get().location(), to.get().status());
            return;
        }
        String rel = path.substring(base.length());
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        if (serve(exchange, file, s)) return;
        if (!rel.isEmpty() && !rel.endsWith("/") && has(s, rel + "/index.html")) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query), 301);
            return;
        }
        if (!s.siteErrors().isEmpty()) {
            error(exchange, path, s.siteErrors());
            return;
        }
        notFound(exchange, s);
    }

    /** Serves a file or its errors; false when the snapshot has neither. */
    private boolean serve(HttpExchange exchange, String file, SiteSnapshot s) throws IOException {
        List<Diagnostic> errors = s.errorsAt(file);
        byte[] bytes = s.files().get(file);
        if (!errors.isEmpty() && (bytes != null || s.pageErrors().containsKey(file))) {
            error(exchange, exchange.getRequestURI().getPath(), errors);
            return true;
        }
        if (bytes == null) return false;
        String type = ContentTypes.of(file);
        send(exchange, 200, type, type.equals(ContentTypes.HTML) ? LiveReload.inject(bytes) : bytes);
        return true;
    }

    private static boolean has(SiteSnapshot s, String file) {
        return s.files().containsKey(file) || s.pageErrors().containsKey(file);
    }

    private void error(HttpExchange exchange, String url, List<Diagnostic> errors) throws IOException {
        send(exchange, 500, ContentTypes.HTML, LiveReload.inject(bytes(ErrorPage.render(url, errors))));
    }

    private void notFound(HttpExchange exchange, SiteSnapshot s) throws IOException {
        byte[] page = s.files().get("404.html");
        if (page == null) send(exchange, 404, "text/plain; charset=utf-8", bytes("404 not found\n"));
        else send(exchange, 404, ContentTypes.HTML, LiveReload.inject(page));
    }

    private static void redirect(HttpExchange exchange, String location, int status) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, status, "text/plain; charset=utf-8", bytes("moved to " + location + "\n"));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
