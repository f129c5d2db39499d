package dev.quire.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

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
     * read twice, both times in parallel: once for the section counts and lengths, once to weigh every
     * occurrence and keep each stem's best as they come. Only the pages' counted words (and each word's
     * stem number) are held, not the occurrences of the whole site (hundreds of thousands of sections).
     */
    public static SearchIndex build(List<SearchPage> input, Analysis analysis) {
        List<SearchPage> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(SearchPage::url));
        List<SearchPage> pages = List.copyOf(sorted);
        List<PageWords> words = pages.parallelStream()
                .map(p -> p.words() != null ? p.words() : PageWords.of(p.title(), p.sections())).toList();
        StemNumbers stems = StemNumbers.of(words, analysis);
        Totals totals = IntStream.range(0, pages.size()).parallel()
                .collect(() -> new Totals(stems.count()), (t, p) -> t.add(words.get(p), stems.byPage[p]), Totals::merge);
        double avg = totals.sections == 0 ? 1 : Math.max(1, (double) totals.length / totals.sections);
        // each stem's best sections are the same whatever order they come in (Best), so stretches of pages
        // are weighed in parallel and their bests merged; at most 8 stretches, as each holds its own bests
        int stretches = Math.min(8, 2 * Runtime.getRuntime().availableProcessors());
        int stretch = Math.max(64, (pages.size() + stretches - 1) / stretches);
        List<Best[]> parts = IntStream.range(0, (pages.size() + stretch - 1) / stretch).parallel()
                .mapToObj(i -> weigh(words, stems, i * stretch, Math.min(pages.size(), (i + 1) * stretch), totals, avg)).toList();
        Map<String, List<Posting>> postings = new HashMap<>();
        for (int n = 0; n < stems.count(); n++) {
            Best best = null;
            for (Best[] part : parts) {
                if (part[n] != null) best = best == null ? part[n] : best.merge(part[n]);
            }
            if (best != null) postings.put(stems.names[n], best.postings());
        }
        return new SearchIndex(analysis, pages, analysis.vocabulary(), postings);
    }

    /** The best sections of each stem (by number) among pages {@code from} to {@code to} (exclusive). */
    private static Best[] weigh(List<PageWords> words, StemNumbers stems, int from, int to, Totals totals, double avg) {
        Best[] best = new Best[stems.count()];
        // a section's stems with their weighted counts (the words of one stem add up); seen marks the section they were last in
        int[] counts = new int[best.length];
        int[] seen = new int[best.length];
        int[] inSection = new int[best.length];
        int mark = 0;
        for (int p = from; p < to; p++) {
            PageWords page = words.get(p);
            int[] numbers = stems.byPage[p];
            for (int s = 0; s < page.sections(); s++) {
                mark++;
                int found = 0;
                for (int i = page.start(s); i < page.end(s); i++) {
                    int n = numbers[i];
                    if (n < 0) continue;
                    if (seen[n] != mark) {
                        seen[n] = mark;
                        counts[n] = 0;
                        inSection[found++] = n;
                    }
                    counts[n] += page.count(i);
                }
                for (int k = 0; k < found; k++) {
                    int n = inSection[k];
                    if (best[n] == null) best[n] = new Best(totals.sections, totals.withStem[n]);
                    best[n].add(p, s, counts[n], page.length(s), avg);
                }
            }
        }
        return best;
    }

    /**
     * The stems of the site's words, numbered, and each page's words as the numbers of their stems (-1 for
     * a word without one: a stop word): both passes over the sections count stems in arrays by number
     * instead of maps by name, and each word is stemmed once for the site.
     */
    private record StemNumbers(String[] names, int[][] byPage) {

        static StemNumbers of(List<PageWords> words, Analysis analysis) {
            ConcurrentHashMap<String, Integer> stemOfWord = new ConcurrentHashMap<>();
            ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            int[][] byPage = words.parallelStream().map(page -> {
                int[] out = new int[page.size()];
                for (int i = 0; i < out.length; i++) {
                    String word = page.word(i);
                    // a plain read first: computeIfAbsent locks the word's bin even when the word is there
                    Integer n = stemOfWord.get(word);
                    if (n == null) {
                        n = stemOfWord.computeIfAbsent(word, w -> {
                            String stem = analysis.stemOrNull(w);
                            return stem == null ? -1 : numbers.computeIfAbsent(stem, k -> next.getAndIncrement());
                        });
                    }
                    out[i] = n;
                }
                return out;
            }).toArray(int[][]::new);
            String[] names = new String[next.get()];
            numbers.forEach((stem, n) -> names[n] = stem);
            return new StemNumbers(names, byPage);
        }

        int count() {
            return names.length;
        }
    }

    /** How many sections there are, how many words they have, and how many sections each stem (by number) occurs in. */
    private static final class Totals {
        int sections;
        long length;
        final int[] withStem;
        /** The section each stem was last counted in. */
        private final int[] seen;
        private int mark;

        Totals(int stems) {
            withStem = new int[stems];
            seen = new int[stems];
        }

        void add(PageWords words, int[] stems) {
            for (int s = 0; s < words.sections(); s++) {
                sections++;
                length += words.length(s);
                mark++;
                for (int i = words.start(s); i < words.end(s); i++) {
                    int n = stems[i];
                    if (n >= 0 && seen[n] != mark) {
                        seen[n] = mark;
                        withStem[n]++;
                    }
                }
            }
        }

        void merge(Totals other) {
            sections += other.sections;
            length += other.length;
            for (int n = 0; n < withStem.length; n++) withStem[n] += other.withStem[n];
        }
    }

    /**
     * The {@link #MAX_POSTINGS} best sections of a stem by BM25 weight, ties going to the earlier page
     * and section: a section is kept unless {@code MAX_POSTINGS} better ones came, so what is kept
     * does not depend on the order in which sections come, and two Bests of one stem merge into the
     * Best of all their sections. The kept sections are a heap of numbers, the worst at its root, each
     * a section packed so that a better one is a larger number: weight, then the page and the section
     * counted down (every stem of every page weighs a section, so no object per section).
     */
    static final class Best {
        private static final int SECTION_BITS = 20;
        private static final int PAGE_BITS = 22;
        private static final int WEIGHT_SHIFT = SECTION_BITS + PAGE_BITS;
        private static final long SECTION_MASK = (1L << SECTION_BITS) - 1;
        private static final long PAGE_MASK = (1L << PAGE_BITS) - 1;

        private final double idf;
        private long[] heap = new long[4];
        private int size;

        Best(int sections, int sectionsWithStem) {
            this.idf = Math.log(1 + (sections - sectionsWithStem + 0.5) / (sectionsWithStem + 0.5));
        }

        /** Weighs an occurrence; those of one Best come in page and section order. */
        void add(int page, int section, int count, int length, double avg) {
            double tf = count * (K1 + 1) / (count + K1 * (1 - B + B * length / avg));
            offer(page, section, Math.max(1, (int) Math.round(100 * tf * idf)));
        }

        /** Keeps a section of this weight if it is among the best; those of one Best come in page and section order. */
        void offer(int page, int section, int weight) {
            // sections come in page and section order: one that weighs no more than the worst kept is worse still
            if (size == MAX_POSTINGS && weight <= (int) (heap[0] >>> WEIGHT_SHIFT)) return;
            keep(pack(page, section, weight));
        }

        static long pack(int page, int section, int weight) {
            if (page > PAGE_MASK || section > SECTION_MASK) throw new IllegalStateException("too many pages or sections to index");
            return ((long) weight << WEIGHT_SHIFT) | ((PAGE_MASK - page) << SECTION_BITS) | (SECTION_MASK - section);
        }

        private void keep(long posting) {
            if (size < MAX_POSTINGS) {
                if (size == heap.length) heap = Arrays.copyOf(heap, Math.min(MAX_POSTINGS, size * 2));
                int i = size++;
                while (i > 0 && heap[(i - 1) / 2] > posting) {
                    heap[i] = heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                heap[i] = posting;
            } else if (posting > heap[0]) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) break;
                    if (child + 1 < size && heap[child + 1] < heap[child]) child++;
                    if (heap[child] >= posting) break;
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = posting;
            }
        }

        /** This Best with the sections {@code other} kept (the same stem, other pages). */
        Best merge(Best other) {
            for (int i = 0; i < other.size; i++) keep(other.heap[i]);
            return this;
        }

        /** The kept sections in page and section order. */
        List<Posting> postings() {
            List<Posting> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long p = heap[i];
                out.add(new Posting((int) (PAGE_MASK - ((p >>> SECTION_BITS) & PAGE_MASK)), (int) (SECTION_MASK - (p & SECTION_MASK)),
                        (int) (p >>> WEIGHT_SHIFT)));
            }
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
