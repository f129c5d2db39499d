package dev.quire.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark (not a test; run by {@code bench/serve-latency.sh}): the time from saving a file to the
 * reload event reaching an open page, through the watcher, the rebuild and the SSE channel, for 20
 * saves of one page's body, 20 saves of its title, 20 saves of a partial that 100 pages use and 5 saves of the page layout
 * template (which every page uses).
 * Prints median, p90 and worst.
 */
public final class ServeLatency {

    private static final String PARTIAL = "partials/bench/hundred.mdx";
    private static final String LAYOUT = "templates/layouts/page.peb";
    private static final int TEMPLATE_SAVES = 5;
    private static final String USE = "\n<Render file=\"hundred\" product=\"bench\" />\n";

    private record Event(long nanos, String data) {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<Path> pages = leafPages(site);
        usePartialIn(site, pages.subList(0, 100));
        Files.createDirectories(site.resolve(LAYOUT).getParent());
        StringWriter log = new StringWriter();
        long start = System.nanoTime();
        try (Serve serve = Serve.start(new Serve.Options(site, "127.0.0.1", 0, false), new PrintWriter(log, true))) {
            System.out.printf("%s: first build %d pages in %d ms (%d errors)%n", site.getFileName(),
                    serve.lastRebuild().pagesRendered(), (System.nanoTime() - start) / 1_000_000,
                    serve.lastRebuild().diagnostics().stream().filter(d -> d.isError()).count());
            BlockingQueue<Event> events = listen(serve);
            Path page = pages.get(pages.size() / 2);
            String url = "/" + site.resolve("content").relativize(page).toString().replaceAll("\\.mdx$", "/");
            List<Long> pageTimes = new ArrayList<>();
            List<Long> partialTimes = new ArrayList<>();
            String original = Files.readString(page);
            for (int i = 0; i < 20; i++) {
                pageTimes.add(saveAndWait(page, original + "\nEdit number " + i + ".\n", url, events));
            }
            System.out.printf("page edit (%s, %d page rendered): %s%n", url, serve.lastRebuild().pagesRendered(), stats(pageTimes));
            List<Long> titleTimes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                titleTimes.add(saveAndWait(page, original.replaceFirst("(?m)^title: \"?(.*?)\"?$", "title: \"$1 v" + i + "\""), url, events));
                Thread.sleep(600); // lets the background layout of the other pages end, as a writer's pause would
            }
            System.out.printf("frontmatter edit (title): %s%n", stats(titleTimes));
            save(page, original);
            Path partial = site.resolve(PARTIAL);
            for (int i = 0; i < 20; i++) {
                partialTimes.add(saveAndWait(partial, "Shared benchmark note, version " + i + ".\n", null, events));
            }
            System.out.printf("partial edit (%d pages rendered): %s%n", serve.lastRebuild().pagesRendered(), stats(partialTimes));
            save(page, original);
            Path layout = site.resolve(LAYOUT);
            String theme = new String(ServeLatency.class.getClassLoader().getResourceAsStream("dev/quire/theme/" + LAYOUT.substring(10))
                    .readAllBytes(), StandardCharsets.UTF_8);
            List<Long> layoutTimes = new ArrayList<>();
            try {
                for (int i = 0; i < TEMPLATE_SAVES; i++) {
                    layoutTimes.add(saveAndWait(layout, theme.replace("<main id=\"content\"", "<main data-edit=\"" + i + "\" id=\"content\""), url, events));
                    Thread.sleep(600);
                }
            } finally {
                Files.deleteIfExists(layout);
            }
            int pagesNow = serve.lastRebuild().pagesRendered() + serve.lastRebuild().layoutsRendered();
            Collections.sort(layoutTimes);
            double median = layoutTimes.get(layoutTimes.size() / 2) / 1000.0;
            System.out.printf("layout template edit (%s): median %.1f ms, best %.1f ms, worst %.1f ms of %d; %.0f pages/s at the median%n",
                    serve.lastRebuild().everything() ? "whole site rebuilt" : "pages laid out again", median,
                    layoutTimes.get(0) / 1000.0, layoutTimes.get(layoutTimes.size() - 1) / 1000.0, layoutTimes.size(),
                    pagesNow * 1000.0 / median);
        }
    }

    private static long saveAndWait(Path file, String text, String url, BlockingQueue<Event> events) throws Exception {
        Thread.sleep(150);
        events.clear();
        long t0 = System.nanoTime();
        save(file, text);
        while (true) {
            Event e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) throw new IllegalStateException("no reload event for " + file);
            if (url == null || e.data().contains("\"" + url + "\"") || e.data().contains("\"*\"")) return (e.nanos() - t0) / 1_000;
        }
    }

    private static BlockingQueue<Event> listen(Serve serve) throws InterruptedException {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(serve.url().resolve("/__quire/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    if (line.startsWith("data: ")) events.add(new Event(System.nanoTime(), line));
                }));
        while (serve.listeners() == 0) Thread.sleep(10);
        return events;
    }

    private static String stats(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        double median = (sorted.get(9) + sorted.get(10)) / 2000.0;
        double p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1) / 1000.0;
        return String.format("median %.1f ms, p90 %.1f ms, worst %.1f ms of %d", median, p90, sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    }

    private static List<Path> leafPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".mdx") && !p.getFileName().toString().equals("index.mdx")).sorted().toList();
        }
    }

    private static void usePartialIn(Path site, List<Path> pages) throws IOException {
        Files.createDirectories(site.resolve(PARTIAL).getParent());
        Files.writeString(site.resolve(PARTIAL), "Shared benchmark note.\n");
        for (Path p : pages) {
            String text = Files.readString(p);
            if (!text.contains(USE)) Files.writeString(p, text + USE);
        }
    }

    private static void save(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
