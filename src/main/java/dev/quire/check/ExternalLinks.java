package dev.quire.check;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.model.facts.LinkRef;
import dev.quire.model.facts.Rule;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * {@code quire check --external}: asks each http(s) link's server once (HEAD, then GET when HEAD is
 * refused), a few at a time, with a timeout; answers under 400 pass. Results are kept in a
 * {@link LinkCache} so that a second run asks only for what is new or expired.
 */
public final class ExternalLinks implements Check {

    /** A link to another site and where it is written. */
    public record Use(String url, LinkRef link) {
    }

    private final List<Use> uses;
    private final LinkCache cache;
    private final int concurrency;
    private final Duration timeout;
    private final HttpClient client;

    public ExternalLinks(List<Use> uses, LinkCache cache, int concurrency, Duration timeout) {
        this.uses = uses;
        this.cache = cache;
        this.concurrency = concurrency;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String name() {
        return "external links";
    }

    @Override
    public void run(CheckContext context, Diagnostics diagnostics) {
        Map<String, CompletableFuture<String>> answers = new LinkedHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        for (Use use : uses) {
            String url = use.url().contains("#") ? use.url().substring(0, use.url().indexOf('#')) : use.url();
            if (!url.startsWith("http://") && !url.startsWith("https://")) continue;
            answers.computeIfAbsent(url, u -> cache.get(u).map(CompletableFuture::completedFuture).orElseGet(() -> ask(u, slots)));
        }
        for (Use use : uses) {
            String url = use.url().contains("#") ? use.url().substring(0, use.url().indexOf('#')) : use.url();
            CompletableFuture<String> answer = answers.get(url);
            if (answer == null) continue;
            String problem = answer.join();
            cache.put(url, problem);
            if (problem.isEmpty()) continue;
            Diagnostic d = LinkCheck.finding(Rule.EXTERNAL_LINK, use.link(), context, use.link().href() + " fails: " + problem,
                    "fix or remove the link; if the server refuses robots, turn the rule off in site.yaml (check: rules: external-link: off)");
            if (d != null) diagnostics.add(d);
        }
        cache.save();
    }

    /** "" when the link works, else what went wrong ("404", "timed out after 10 s"). */
    private CompletableFuture<String> ask(String url, Semaphore slots) {
        return CompletableFuture.supplyAsync(() -> {
            slots.acquireUninterruptibly();
            try {
                int status = status(url, "HEAD");
                if (status == 405 || status == 403 || status == 501) status = status(url, "GET");
                return status < 400 ? "" : "HTTP " + status;
            } catch (java.net.http.HttpTimeoutException e) {
                return "timed out after " + timeout.toSeconds() + " s";
            } catch (Exception e) {
                return "cannot connect (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            } finally {
                slots.release();
            }
        });
    }

    private int status(String url, String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody()).header("User-Agent", "quire-check").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
