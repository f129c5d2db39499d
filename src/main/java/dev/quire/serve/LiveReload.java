package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live reload over Server-Sent Events: open pages listen on {@link #EVENTS}, and after a rebuild
 * each gets one {@code reload} event whose data is the JSON list of changed URLs ({@code ["*"]} for
 * all); the script reloads its page when its URL is listed. Streams are kept open after the handler
 * returns, so a listening page holds no server thread.
 */
final class LiveReload implements AutoCloseable {

    static final String EVENTS = "/__quire/events";
    static final String SCRIPT = "/__quire/livereload.js";
    static final String TAG = "<script src=\"" + SCRIPT + "\" defer></script>";
    /** Above this many URLs, one event says "everything" instead of listing them. */
    static final int MAX_LISTED = 1000;

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final byte[] script;

    LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("livereload.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] script() {
        return script;
    }

    int listeners() {
        return clients.size();
    }

    /** Answers an events request and keeps its stream for later events. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": quire live reload\nretry: 500\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    /** Tells every open page which URLs changed. */
    void changed(Collection<String> urls) {
        if (urls.isEmpty()) return;
        send("event: reload\ndata: " + json(urls.size() > MAX_LISTED ? List.of("*") : urls) + "\n\n");
    }

    /** A comment line: keeps connections alive and finds the closed ones. */
    void ping() {
        send(": ping\n\n");
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                clients.remove(out);
            }
        }
    }

    static String json(Collection<String> urls) {
        StringBuilder out = new StringBuilder("[");
        for (String url : urls) {
            if (out.length() > 1) out.append(',');
            out.append('"');
            for (char c : url.toCharArray()) {
                if (c == '"' || c == '\\') out.append('\\').append(c);
                else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                else out.append(c);
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    /** Puts the script tag before {@code </body>}, or at the end when there is none. */
    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String out = at < 0 ? text + TAG : text.substring(0, at) + TAG + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException e) {
                // the page went away already
            }
        }
        clients.clear();
    }
}
