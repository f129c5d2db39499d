package dev.quire.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The search index of a site: for each stem, the sections it occurs in with a weight (BM25 over the
 * section's words, with words of the page title and of the section heading counted more), and for
 * each word the stem it has. Pages are numbered in URL order, so that the same site gives the same index.
 * Only the {@link #MAX_POSTINGS} best sections of a stem are kept: a query shows the top results only.
 */
public final class SearchIndex {

    /** How many sections a stem keeps. */
    static final int MAX_POSTINGS = 100;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A section a stem occurs in: page number, section number within the page, weight (1 or more). */
    record Posting(int page, int section, int weight) {
    }

    private final Analysis analysis;
    private final List<SearchPage> pages;
    private final Map<String, String> words;
    private final Map<String, List<Posting>> postings;

    private SearchIndex(Analysis analysis, List<SearchPage> pages, Map<String, String> words, Map<String, List<Posting>> postings) {
        this.analysis = analysis;
        this.pages = pages;
        this.words = words;
        this.postings = postings;
    }

    /**
     * Indexes the pages. BM25 needs each stem's section count before any weight, so the sections are
     * read twice: once (in parallel) for the section counts and lengths, once in page and section order
     * to weigh every occurrence and keep each stem's best as they come. Only the pages' counted words
     * are held, not the occurrences of the whole site (hundreds of thousands of sections).
     */
    public static SearchIndex build(List<SearchPage> input, Analysis analysis) {
        List<SearchPage> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(SearchPage::url));
        List<SearchPage> pages = List.copyOf(sorted);
        List<PageWords> words = pages.parallelStream()
                .map(p -> p.words() != null ? p.words() : PageWords.of(p.title(), p.sections())).toList();
        Totals totals = words.parallelStream().collect(Totals::new, (t, w) -> t.add(w, analysis), Totals::merge);
        double avg = totals.sections == 0 ? 1 : Math.max(1, (double) totals.length / totals.sections);
        Map<String, Best> best = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            PageWords page = words.get(p);
            for (int s = 0; s < page.sections(); s++) {
                stems(page, s, analysis, counts);
                int section = s;
                int page1 = p;
                counts.forEach((stem, count) -> best.computeIfAbsent(stem, k -> new Best(totals.sections, totals.withStem.get(k)[0]))
                        .add(page1, section, count[0], page.length(section), avg));
            }
        }
        Map<String, List<Posting>> postings = new HashMap<>();
        best.forEach((stem, b) -> postings.put(stem, b.postings()));
        return new SearchIndex(analysis, pages, analysis.vocabulary(), postings);
    }

    /** The stems of section {@code s} with their weighted counts (words with one stem add up), into {@code out}. */
    private static void stems(PageWords words, int s, Analysis analysis, Map<String, int[]> out) {
        out.clear();
        words.forEach(s, (word, count) -> {
            String stem = analysis.stemOrNull(word);
            if (stem != null) out.computeIfAbsent(stem, k -> new int[1])[0] += count;
        });
    }

    /** How many sections there are, how many words they have, and how many sections each stem occurs in. */
    private static final class Totals {
        int sections;
        long length;
        final Map<String, int[]> withStem = new HashMap<>();
        private final Map<String, int[]> scratch = new HashMap<>();

        void add(PageWords words, Analysis analysis) {
            for (int s = 0; s < words.sections(); s++) {
                sections++;
                length += words.length(s);
                stems(words, s, analysis, scratch);
                scratch.keySet().forEach(stem -> withStem.computeIfAbsent(stem, k -> new int[1])[0]++);
            }
        }

        void merge(Totals other) {
            sections += other.sections;
            length += other.length;
            other.withStem.forEach((stem, n) -> withStem.computeIfAbsent(stem, k -> new int[1])[0] += n[0]);
        }
    }

    /**
     * The {@link #MAX_POSTINGS} best sections of a stem by BM25 weight, kept as its occurrences come in
     * page and section order (ties go to the earlier section).
     */
    private static final class Best {
        private static final Comparator<Posting> WORST_FIRST = Comparator.comparingInt(Posting::weight)
                .thenComparing(Comparator.comparingInt(Posting::page).reversed())
                .thenComparing(Comparator.comparingInt(Posting::section).reversed());

        private final double idf;
        private final PriorityQueue<Posting> kept = new PriorityQueue<>(WORST_FIRST);

        Best(int sections, int sectionsWithStem) {
            this.idf = Math.log(1 + (sections - sectionsWithStem + 0.5) / (sectionsWithStem + 0.5));
        }

        void add(int page, int section, int count, int length, double avg) {
            double tf = count * (K1 + 1) / (count + K1 * (1 - B + B * length / avg));
            int weight = Math.max(1, (int) Math.round(100 * tf * idf));
            if (kept.size() == MAX_POSTINGS && weight < kept.peek().weight()) return;
            kept.add(new Posting(page, section, weight));
            if (kept.size() > MAX_POSTINGS) kept.poll();
        }

        /** The kept sections in page and section order. */
        List<Posting> postings() {
            List<Posting> out = new ArrayList<>(kept);
            out.sort(Comparator.comparingInt(Posting::page).thenComparingInt(Posting::section));
            return out;
        }
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The pages in index order: a posting's page number is a position in this list. */
    public List<SearchPage> pages() {
        return pages;
    }

    /** Every indexed word (lower case) and its stem, sorted by word. */
    public Map<String, String> words() {
        return words;
    }

    /** The sections of a stem, by page and section. */
    List<Posting> postings(String stem) {
        return postings.getOrDefault(stem, List.of());
    }
}
