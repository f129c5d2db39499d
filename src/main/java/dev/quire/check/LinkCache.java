package dev.quire.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What external links answered before, in {@code .quire/external-links.tsv} of the site (one line per
 * URL: time checked, problem or empty, URL). Entries older than {@code maxAge} are asked again.
 */
public final class LinkCache {

    public static final String FILE = ".quire/external-links.tsv";

    private record Entry(Instant checked, String problem) {
    }

    private final Path file;
    private final Duration maxAge;
    private final Map<String, Entry> entries = new TreeMap<>();

    private LinkCache(Path file, Duration maxAge) {
        this.file = file;
        this.maxAge = maxAge;
    }

    public static LinkCache open(Path site, Duration maxAge) {
        LinkCache cache = new LinkCache(site.resolve(FILE), maxAge);
        if (!Files.isRegularFile(cache.file)) return cache;
        try {
            for (String line : Files.readAllLines(cache.file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3) cache.entries.put(parts[2], new Entry(Instant.parse(parts[0]), parts[1]));
            }
        } catch (IOException | RuntimeException e) {
            cache.entries.clear();
        }
        return cache;
    }

    /** The problem recorded for a URL ("" when it worked), if recorded recently enough. */
    synchronized Optional<String> get(String url) {
        Entry e = entries.get(url);
        if (e == null || e.checked().plus(maxAge).isBefore(Instant.now())) return Optional.empty();
        return Optional.of(e.problem());
    }

    synchronized void put(String url, String problem) {
        Entry old = entries.get(url);
        if (old == null || !old.problem().equals(problem)) entries.put(url, new Entry(Instant.now(), problem));
    }

    synchronized void save() {
        StringBuilder out = new StringBuilder();
        entries.forEach((url, e) -> out.append(e.checked()).append('\t').append(e.problem().replace('\t', ' ').replace('\n', ' '))
                .append('\t').append(url).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
