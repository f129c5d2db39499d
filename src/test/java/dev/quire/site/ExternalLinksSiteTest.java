package dev.quire.site;

import com.sun.net.httpserver.HttpServer;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code quire check --external} against a server on loopback: failures, timeouts, HEAD refused, and the cache. */
class ExternalLinksSiteTest {

    @TempDir
    Path dir;

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            int status = switch (path) {
                case "/ok" -> 200;
                case "/get-only" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                case "/slow" -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    yield 200;
                }
                default -> 404;
            };
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksEachServerOnceAndRemembersTheAnswers() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                -- content/index.mdx --
                ---
                title: Home
                description: Links out.
                ---
                [ok](BASE/ok) [again](BASE/ok#part) [get](BASE/get-only) [gone](BASE/gone) [slow](BASE/slow)
                """.replace("BASE", base));
        TestSite.Run offline = TestSite.cli("check", "--source", dir.toString());
        assertThat(offline.exitCode()).isZero();
        assertThat(requests).isEmpty();

        TestSite.Run run = TestSite.cli("check", "--source", dir.toString(), "--external", "--timeout", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        String line = "[ok](BASE/ok) [again](BASE/ok#part) [get](BASE/get-only) [gone](BASE/gone) [slow](BASE/slow)".replace("BASE", base);
        int gone = line.indexOf(base + "/gone") + 1;
        int slow = line.indexOf(base + "/slow") + 1;
        assertThat(run.err()).isEqualTo("content/index.mdx:5:" + gone + ": error: " + base + "/gone fails: HTTP 404 [external-link]\n"
                + "  " + line + "\n  " + " ".repeat(gone - 1) + "^\n"
                + "  hint: fix or remove the link; if the server refuses robots, turn the rule off in site.yaml (check: rules: external-link: off)\n"
                + "content/index.mdx:5:" + slow + ": error: " + base + "/slow fails: timed out after 1 s [external-link]\n"
                + "  " + line + "\n  " + " ".repeat(slow - 1) + "^\n"
                + "  hint: fix or remove the link; if the server refuses robots, turn the rule off in site.yaml (check: rules: external-link: off)\n"
                + "check failed: 2 errors, 0 warnings\n");
        assertThat(requests).containsExactlyInAnyOrder("HEAD /ok", "HEAD /get-only", "GET /get-only", "HEAD /gone", "HEAD /slow");
        assertThat(Files.readString(dir.resolve(".quire/external-links.tsv"))).contains("\tHTTP 404\t" + base + "/gone\n");

        requests.clear();
        TestSite.Run cached = TestSite.cli("check", "--source", dir.toString(), "--external");
        assertThat(cached.err()).isEqualTo(run.err());
        assertThat(requests).isEmpty();
    }
}
