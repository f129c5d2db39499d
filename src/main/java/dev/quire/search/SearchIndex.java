package dev.quire.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Indexes the pages (in parallel). */
    public static SearchIndex build(List<SearchPage> input, Analysis analysis) {
        List<SearchPage> pages = new ArrayList<>(input);
        pages.sort(Comparator.comparing(SearchPage::url));
        List<SectionTerms> sections = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int s = 0; s < pages.get(p).sections().size(); s++) sections.add(new SectionTerms(p, s));
        }
        sections.parallelStream().forEach(t -> {
            SearchPage page = pages.get(t.page);
            if (page.words() != null) t.count(page.words(), analysis);
            else t.count(page.title(), page.sections().get(t.section), analysis);
            t.settle();
        });
        Map<String, Occurrences> raw = new HashMap<>();
        double totalLength = 0;
        for (SectionTerms t : sections) {
            totalLength += t.length;
            for (int i = 0; i < t.stems.length; i++) {
                raw.computeIfAbsent(t.stems[i], k -> new Occurrences()).add(t.page, t.section, t.weights[i], t.length);
            }
        }
        double avg = sections.isEmpty() ? 1 : Math.max(1, totalLength / sections.size());
        int n = sections.size();
        Map<String, List<Posting>> postings = new ConcurrentHashMap<>();
        raw.entrySet().parallelStream().forEach(e -> postings.put(e.getKey(), best(e.getValue(), n, avg)));
        return new SearchIndex(analysis, List.copyOf(pages), analysis.vocabulary(), postings);
    }

    /** The {@link #MAX_POSTINGS} best sections of a stem by BM25 weight, in page and section order. */
    private static List<Posting> best(Occurrences sections, int n, double avg) {
        double idf = Math.log(1 + (n - sections.size + 0.5) / (sections.size + 0.5));
        Comparator<Posting> worstFirst = Comparator.comparingInt(Posting::weight)
                .thenComparing(Comparator.comparingInt(Posting::page).reversed())
                .thenComparing(Comparator.comparingInt(Posting::section).reversed());
        PriorityQueue<Posting> kept = new PriorityQueue<>(MAX_POSTINGS + 1, worstFirst);
        int[] v = sections.values;
        for (int i = 0; i < sections.size * 4; i += 4) {
            double count = v[i + 2];
            double tf = count * (K1 + 1) / (count + K1 * (1 - B + B * v[i + 3] / avg));
            int weight = Math.max(1, (int) Math.round(100 * tf * idf));
            if (kept.size() == MAX_POSTINGS && weight < kept.peek().weight()) continue;
            kept.add(new Posting(v[i], v[i + 1], weight));
            if (kept.size() > MAX_POSTINGS) kept.poll();
        }
        List<Posting> out = new ArrayList<>(kept);
        out.sort(Comparator.comparingInt(Posting::page).thenComparingInt(Posting::section));
        return out;
    }

    /** The sections a stem occurs in, as flat ints: page, section, weighted count, section length. */
    private static final class Occurrences {
        int[] values = new int[16];
        int size;

        void add(int page, int section, int count, int length) {
            if (size * 4 + 4 > values.length) values = java.util.Arrays.copyOf(values, values.length * 2);
            int i = size * 4;
            values[i] = page;
            values[i + 1] = section;
            values[i + 2] = count;
            values[i + 3] = length;
            size++;
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

    /** The stems of one section with how much each counts there. */
    private static final class SectionTerms {
        final int page;
        final int section;
        private Map<String, int[]> counts = new HashMap<>();
        int length;
        /** After {@link #settle}: the stems and their counts, as arrays (a site has hundreds of thousands of sections). */
        String[] stems;
        int[] weights;

        SectionTerms(int page, int section) {
            this.page = page;
            this.section = section;
        }

        /** Counts from words counted before: the same sums as {@link #count(String, SectionText, Analysis)}. */
        void count(PageWords words, Analysis analysis) {
            length = words.length(section);
            words.forEach(section, (word, count) -> {
                String stem = analysis.stemOrNull(word);
                if (stem != null) counts.computeIfAbsent(stem, k -> new int[1])[0] += count;
            });
        }

        /** Turns the counting map into arrays, in the map's order. */
        void settle() {
            stems = new String[counts.size()];
            weights = new int[counts.size()];
            int[] i = {0};
            counts.forEach((stem, count) -> {
                stems[i[0]] = stem;
                weights[i[0]++] = count[0];
            });
            counts = null;
        }

        void count(String title, SectionText text, Analysis analysis) {
            if (section == 0) add(title, 5, analysis);
            add(text.heading(), 3, analysis);
            add(text.text(), 1, analysis);
        }

        private void add(String text, int weight, Analysis analysis) {
            analysis.words(text, word -> {
                length++;
                if (word.length() < 2) return;
                String stem = analysis.stemOrNull(word);
                if (stem != null) counts.computeIfAbsent(stem, k -> new int[1])[0] += weight;
            });
        }
    }
}
