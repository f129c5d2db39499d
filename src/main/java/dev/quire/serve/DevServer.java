package dev.quire.serve;

import com.sun.net.httpserver.HttpServer;
import dev.quire.build.SiteSnapshot;
import dev.quire.diag.UsageException;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code quire serve}: the JDK server answering from the latest site snapshot
 * ({@link SiteHandler}) on a pool of daemon threads, and the live reload channel.
 */
public final class DevServer implements AutoCloseable {

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer http;
    private final ExecutorService pool;
    private final ScheduledExecutorService pings;
    private final LiveReload reload = new LiveReload();
    private final SiteHandler handler;

    private DevServer(HttpServer http, Supplier<SiteSnapshot> site, RedirectMap redirects) {
        this.http = http;
        this.handler = new SiteHandler(site, reload, redirects);
        this.pool = Executors.newFixedThreadPool(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), daemon("quire-http"));
        this.pings = Executors.newSingleThreadScheduledExecutor(daemon("quire-reload-ping"));
        http.createContext("/", handler);
        http.setExecutor(pool);
    }

    /**
     * Starts serving on {@code host:port} (port 0: a free one).
     *
     * @throws UsageException when the port is taken
     */
    public static DevServer start(String host, int port, Supplier<SiteSnapshot> site, RedirectMap redirects) throws IOException {
        // Without TCP_NODELAY, Nagle and delayed ACKs hold each small answer for about 40 ms (read once, at first use).
        if (System.getProperty(NODELAY) == null) System.setProperty(NODELAY, "true");
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "pass another --port, or --port 0 for a free one");
        }
        DevServer server = new DevServer(http, site, redirects);
        http.start();
        server.pings.scheduleAtFixedRate(server.reload::ping, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    /** The server's address, "http://127.0.0.1:4321" (without the site's base path). */
    public URI address() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort());
    }

    /** Tells open pages which URLs a rebuild changed; those pages reload. */
    public void changed(Collection<String> urls) {
        reload.changed(urls);
    }

    /** The number of pages listening for reloads. */
    public int listeners() {
        return reload.listeners();
    }

    /** Replaces the redirect rules (after a change below redirects/). */
    public void redirects(RedirectMap map) {
        handler.redirects(map);
    }

    @Override
    public void close() {
        pings.shutdownNow();
        reload.close();
        http.stop(0);
        pool.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
