package dev.quire.build;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): {@link IncrementalBuild#apply} alone, without watcher or server, for 40
 * body edits of one page and then 10 frontmatter (title) edits of it (both counts can be given after the folder), on a site folder given as the
 * argument (e.g. one made by {@code bench/serve-latency.sh}). Prints median and p90 of wall time and
 * of the calling thread's CPU time; the page is restored at the end.
 */
public final class PageEditTimes {

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int bodyEdits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int titleEdits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            pages = walk.filter(p -> p.toString().endsWith(".mdx") && !p.getFileName().toString().equals("index.mdx")).sorted().toList();
        }
        Path page = pages.get(pages.size() / 2);
        String sitePath = site.relativize(page).toString().replace('\\', '/');
        String original = Files.readString(page);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        IncrementalBuild build = IncrementalBuild.start(site, false);
        System.out.printf("%s: first build %d pages in %d ms%n", site.getFileName(), build.first().pagesRendered(), (System.nanoTime() - t0) / 1_000_000);
        try {
            List<long[]> body = new ArrayList<>();
            for (int i = 0; i < bodyEdits; i++) {
                Files.writeString(page, original + "\nEdit number " + i + ".\n");
                body.add(time(build, sitePath, threads));
            }
            System.out.println("body edit:        " + stats(body));
            List<long[]> title = new ArrayList<>();
            for (int i = 0; i < titleEdits; i++) {
                Files.writeString(page, original.replaceFirst("(?m)^title: \"?(.*?)\"?$", "title: \"$1 v" + i + "\""));
                title.add(time(build, sitePath, threads));
            }
            System.out.println("frontmatter edit: " + stats(title));
            long settle = System.nanoTime();
            build.settle();
            System.out.printf("search index and llms files settled %d ms after the last edit%n", (System.nanoTime() - settle) / 1_000_000);
        } finally {
            Files.writeString(page, original);
        }
    }

    private static long[] time(IncrementalBuild build, String sitePath, ThreadMXBean threads) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Rebuild r = build.apply(List.of(sitePath));
        if (r.pagesRendered() != 1) throw new IllegalStateException("rendered " + r.pagesRendered() + " pages");
        return new long[] {(System.nanoTime() - wall) / 1000, (threads.getCurrentThreadCpuTime() - cpu) / 1000};
    }

    private static String stats(List<long[]> times) {
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (long[] t : times) {
            wall.add(t[0]);
            cpu.add(t[1]);
        }
        return "wall " + percentiles(wall) + "; thread CPU " + percentiles(cpu) + " (" + times.size() + " edits)";
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) / 1000.0 : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2000.0;
        double p90 = sorted.get((int) Math.ceil(n * 0.9) - 1) / 1000.0;
        return String.format("median %.1f ms, p90 %.1f ms", median, p90);
    }
}
