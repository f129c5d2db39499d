package dev.quire.site;

import dev.quire.build.IncrementalBuild;
import dev.quire.serve.DevServer;
import dev.quire.serve.RedirectMap;
import dev.quire.serve.Serve;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of {@code quire serve}: a real server on a free port, real file edits, real requests. */
class ServeSiteTest {

    static final String SITE = """
            -- site.yaml --
            title: Docs
            url: https://docs.example.com
            -- content/index.mdx --
            ---
            title: Home
            ---
            Welcome home.
            -- content/guide/index.mdx --
            ---
            title: Guide
            ---
            <Render file="note" product="relay" />
            -- content/guide/setup.mdx --
            ---
            title: Set up
            ---
            Set it up.
            -- content/guide/run.mdx --
            ---
            title: Run
            ---
            <Render file="note" product="relay" />
            -- partials/relay/note.mdx --
            Shared note.
            -- static/files/notes.txt --
            plain notes
            -- static/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"></svg>
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter log = new StringWriter();
    private Serve serve;
    private TestSite site;

    @AfterEach
    void stop() {
        if (serve != null) serve.close();
    }

    private void start(String txtar) {
        site = TestSite.of(dir, txtar);
        serve = Serve.start(new Serve.Options(dir, "127.0.0.1", 0, false), new PrintWriter(log, true));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(serve.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Saves the way editors do: a temp file beside it, then a rename over it. */
    private void save(String path, String text) throws IOException {
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(path));
        assertThat(text).contains(from);
        save(path, text.replace(from, to));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    private void awaitBody(String path, String text) throws InterruptedException {
        await(path + " to contain " + text, () -> {
            try {
                return get(path).body().contains(text);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void servesPagesFolderUrlsStaticFilesAnd404() throws Exception {
        start(SITE);
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Welcome home.")
                .contains("<script src=\"/__quire/livereload.js\" defer></script></body>");
        HttpResponse<String> folder = get("/guide/setup");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/guide/setup/");
        assertThat(get("/guide/setup/index.html").body()).contains("Set it up.");
        HttpResponse<String> txt = get("/files/notes.txt");
        assertThat(txt.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(txt.body()).isEqualTo("plain notes\n");
        assertThat(get("/logo.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(get("/sitemap.xml").headers().firstValue("Content-Type")).hasValue("application/xml");
        HttpResponse<String> missing = get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").contains("/__quire/livereload.js");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(serve.url().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/__quire/livereload.js").body()).contains("new EventSource('/__quire/events')");
    }

    @Test
    void theBuildOutputHasNoReloadScript() {
        TestSite built = TestSite.of(dir, SITE).build();
        assertThat(built.file("index.html")).doesNotContain("__quire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/guide/..%2f..%2fsite.yaml",
            "/..%5csite.yaml", "//etc/passwd", "/guide/../../site.yaml", "/./site.yaml", "/%2e/site.yaml", "/%00",
            "/%zz", "/%c0%ae%c0%ae/site.yaml", "/content/index.mdx", "/site.yaml", "/etc/passwd"})
    void requestsThatLeaveTheSiteAreRefusedAndReadNothing(String raw) throws Exception {
        start(SITE);
        String answer = rawRequest(raw);
        assertThat(answer).matches("(?s)HTTP/1.1 (400|404) .*");
        assertThat(answer).doesNotContain("title: Docs").doesNotContain("root:");
    }

    /** Sends the path exactly as given (HttpClient would normalise it). */
    private String rawRequest(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.url().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageEditRebuildsThatPageOnly() throws Exception {
        start(SITE);
        int before = serve.rebuilds();
        edit("content/guide/setup.mdx", "Set it up.", "Set it up again.");
        awaitBody("/guide/setup/", "Set it up again.");
        await("the rebuild", () -> serve.rebuilds() > before);
        assertThat(serve.lastRebuild().pagesRendered()).isEqualTo(1);
        assertThat(serve.lastRebuild().changedUrls()).containsExactly("/guide/setup/");
        assertThat(log.toString()).contains("rebuilt 1 page after content/guide/setup.mdx in ");
    }

    @Test
    void theServedSearchIndexAndLlmsFilesFollowAPageEdit() throws Exception {
        start(SITE);
        edit("content/guide/setup.mdx", "Set it up.", "Set it up with zeppelins.");
        awaitBody("/llms-full.txt", "Set it up with zeppelins.");
        // the page's search file, found through the index as search.js does: index → chunk → page number
        await("the search index to know the new word", () -> {
            try {
                String index = get("/search/index.json").body();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ze\":\"(c/[0-9a-f]+\\.json)\"").matcher(index);
                return m.find() && get("/search/" + m.group(1)).body().contains("\"zeppelins\"");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aPartialEditRebuildsThePagesThatUseIt() throws Exception {
        start(SITE);
        edit("partials/relay/note.mdx", "Shared note.", "Shared note, edited.");
        awaitBody("/guide/run/", "Shared note, edited.");
        assertThat(get("/guide/").body()).contains("Shared note, edited.");
        assertThat(serve.lastRebuild().pagesRendered()).isEqualTo(2);
        assertThat(serve.lastRebuild().changedUrls()).containsExactlyInAnyOrder("/guide/", "/guide/run/");
    }

    @Test
    void aNewPageAppearsInTheSidebarsAndADeletedOneIsGone() throws Exception {
        start(SITE);
        save("content/guide/deploy.mdx", "---\ntitle: Deploy\n---\nShip it.\n");
        awaitBody("/guide/deploy/", "Ship it.");
        await("the sidebar", () -> serve.lastRebuild().layoutsRendered() > 0);
        assertThat(get("/guide/setup/").body()).contains("href=\"/guide/deploy/\"");
        Files.delete(dir.resolve("content/guide/deploy.mdx"));
        await("the page to go", () -> {
            try {
                return get("/guide/deploy/").statusCode() == 404;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(get("/guide/setup/").body()).doesNotContain("/guide/deploy/");
    }

    @Test
    void aBrokenEditShowsTheErrorOnThatPageAndTheFixReloadsIt() throws Exception {
        start(SITE);
        edit("content/guide/setup.mdx", "Set it up.", "Set <Calout>it</Calout> up.");
        await("the error page", () -> {
            try {
                return get("/guide/setup/").statusCode() == 500;
            } catch (Exception e) {
                return false;
            }
        });
        String page = get("/guide/setup/").body();
        assertThat(page).contains("content/guide/setup.mdx:4:6: error: unknown component &lt;Calout&gt;")
                .contains("  Set &lt;Calout&gt;it&lt;/Calout&gt; up.\n  <span class=\"caret\">     ^</span>")
                .contains("/__quire/livereload.js");
        assertThat(get("/guide/run/").statusCode()).isEqualTo(200);
        assertThat(log.toString()).contains("content/guide/setup.mdx:4:6: error: unknown component <Calout>");
        edit("content/guide/setup.mdx", "Set <Calout>it</Calout> up.", "Set it up, fixed.");
        awaitBody("/guide/setup/", "Set it up, fixed.");
        assertThat(get("/guide/setup/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSiteYamlErrorShowsOnEveryPageUntilFixed() throws Exception {
        start(SITE);
        save("site.yaml", "title: [Docs\n");
        await("the error page", () -> {
            try {
                return get("/").statusCode() == 500;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(get("/guide/run/").body()).contains("site.yaml:");
        assertThat(get("/files/notes.txt").statusCode()).isEqualTo(200);
        save("site.yaml", "title: Fixed Docs\n");
        awaitBody("/guide/run/", "Fixed Docs");
    }

    @Test
    void openPagesHearWhichUrlsChanged() throws Exception {
        start(SITE);
        List<String> lines = new CopyOnWriteArrayList<>();
        http.sendAsync(HttpRequest.newBuilder(serve.url().resolve("/__quire/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        await("the listener", () -> serve.listeners() == 1);
        edit("content/guide/setup.mdx", "Set it up.", "Set it up again.");
        await("the reload event", () -> lines.contains("data: [\"/guide/setup/\"]"));
        assertThat(lines).contains("event: reload");
    }

    @Test
    void aRequestSeesEitherTheOldOrTheNewPageNeverHalf() throws Exception {
        start(SITE);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            edit("content/guide/setup.mdx", i == 0 ? "Set it up." : "Version " + (i - 1) + ".", "Version " + i + ".");
            for (int j = 0; j < 5; j++) bodies.add(get("/guide/setup/").body());
        }
        assertThat(bodies).allSatisfy(b -> assertThat(b).endsWith("</html>\n").contains("<title>"));
    }

    @Test
    void theSitesRedirectFilesAreServedAndFollowEdits() throws Exception {
        start(SITE + "-- redirects/docs.txt --\n/old/ /guide/ 301\n/legacy/* /guide/:splat 302\n");
        HttpResponse<String> exact = get("/old/");
        assertThat(exact.statusCode()).isEqualTo(301);
        assertThat(exact.headers().firstValue("Location")).hasValue("/guide/");
        HttpResponse<String> splat = get("/legacy/setup/");
        assertThat(splat.statusCode()).isEqualTo(302);
        assertThat(splat.headers().firstValue("Location")).hasValue("/guide/setup/");
        edit("redirects/docs.txt", "/old/ /guide/ 301", "/older/ /guide/ 308");
        await("the new rule", () -> {
            try {
                return get("/older/").statusCode() == 308;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(get("/old/").statusCode()).isEqualTo(404);
    }

    @Test
    void theRedirectMapAnswersWithItsStatusAndLocation() throws Exception {
        TestSite.of(dir, SITE);
        IncrementalBuild build = IncrementalBuild.start(dir, false);
        RedirectMap map = path -> path.equals("/old/") ? Optional.of(new RedirectMap.Redirect("/guide/", 302)) : Optional.empty();
        try (DevServer server = DevServer.start("127.0.0.1", 0, build::snapshot, map)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.address().resolve("/old/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValue("/guide/");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.address().resolve("/guide/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBasePathServesTheSiteBelowIt() throws Exception {
        start(SITE.replace("url: https://docs.example.com\n", "url: https://example.com/docs/\n"));
        assertThat(serve.url().getPath()).isEqualTo("/docs/");
        assertThat(get("/docs/guide/setup/").body()).contains("Set it up.");
        HttpResponse<String> bare = get("/docs");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/docs/");
        assertThat(get("/guide/setup/").statusCode()).isEqualTo(404);
    }

    @Test
    void aTakenPortIsAUsageError() throws Exception {
        TestSite.of(dir, SITE);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            TestSite.Run run = TestSite.cli("serve", "--source", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("error: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("hint: pass another --port, or --port 0 for a free one");
        }
    }
}
