package dev.quire.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a page's sections as the index counts them, made once when the page is rendered and kept
 * with it, so that a build that takes a page over from the previous one does not read its text again:
 * per section, how many words it has, and each distinct word with its weighted count (the page title
 * counts 5 in the first section, a heading 3, text 1). Stemming happens when the index is built, as it
 * depends on the site's language. Compact (one string per distinct word for all pages, the counts in arrays), as a site keeps
 * one for each page in memory.
 */
public final class PageWords {

    /** The words of a page kept out of the index (the site has no search): none, not counted. */
    public static final PageWords NONE = new PageWords(new int[0], new int[0], new String[0], new int[0]);

    private static final ConcurrentHashMap<String, String> WORDS = new ConcurrentHashMap<>();

    private final int[] lengths;
    private final int[] ends;
    private final String[] words;
    private final int[] counts;

    /** {@code ends[s]}: the index after the last word of section {@code s} in {@code words} and {@code counts}. */
    public PageWords(int[] lengths, int[] ends, String[] words, int[] counts) {
        if (lengths.length != ends.length || words.length != counts.length) throw new IllegalArgumentException("lengths differ");
        this.lengths = lengths;
        this.ends = ends;
        this.words = words;
        this.counts = counts;
    }

    /** Counts the words of a page's sections. */
    public static PageWords of(String title, List<SectionText> sections) {
        int[] lengths = new int[sections.size()];
        int[] ends = new int[sections.size()];
        List<String> words = new ArrayList<>();
        int[] counts = new int[64];
        Map<String, int[]> section = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            section.clear();
            int[] length = {0};
            if (s == 0) add(title, 5, section, length);
            add(sections.get(s).heading(), 3, section, length);
            add(sections.get(s).text(), 1, section, length);
            lengths[s] = length[0];
            for (Map.Entry<String, int[]> word : section.entrySet()) {
                if (words.size() == counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
                counts[words.size()] = word.getValue()[0];
                words.add(canonical(word.getKey()));
            }
            ends[s] = words.size();
        }
        return new PageWords(lengths, ends, words.toArray(String[]::new), Arrays.copyOf(counts, words.size()));
    }

    private static void add(String text, int weight, Map<String, int[]> section, int[] length) {
        if (text == null) return;
        Analysis.eachWord(text, word -> {
            length[0]++;
            if (word.length() >= 2) section.computeIfAbsent(word, k -> new int[1])[0] += weight;
        });
    }

    /**
     * One string per word for all pages, as {@link String#intern} would give, without the JVM's string
     * table (a native look-up per call, 1 % of a build's CPU).
     */
    public static String canonical(String word) {
        String known = WORDS.get(word);
        if (known != null) return known;
        known = WORDS.putIfAbsent(word, word);
        return known != null ? known : word;
    }

    public int sections() {
        return lengths.length;
    }

    /** How many words section {@code s} has (short ones included). */
    public int length(int s) {
        return lengths[s];
    }

    /** Calls {@code each} with every word of section {@code s} and its weighted count. */
    public void forEach(int s, WordCount each) {
        for (int i = start(s); i < end(s); i++) each.accept(words[i], counts[i]);
    }

    /** Where section {@code s}'s words start among all the page's words ({@link #word}, {@link #count}). */
    int start(int s) {
        return s == 0 ? 0 : ends[s - 1];
    }

    /** Where section {@code s}'s words end (exclusive). */
    int end(int s) {
        return ends[s];
    }

    /** How many words the page has, over all its sections. */
    int size() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** A word and its weighted count. */
    @FunctionalInterface
    public interface WordCount {
        void accept(String word, int count);
    }

    public int[] lengths() {
        return lengths.clone();
    }

    public int[] ends() {
        return ends.clone();
    }

    public String[] words() {
        return words.clone();
    }

    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageWords w && Arrays.equals(lengths, w.lengths) && Arrays.equals(ends, w.ends)
                && Arrays.equals(words, w.words) && Arrays.equals(counts, w.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words) * 31 + Arrays.hashCode(counts);
    }
}
