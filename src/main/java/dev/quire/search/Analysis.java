package dev.quire.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Text analysis for the site's {@code language} with Lucene: words are found by Lucene's
 * {@link StandardTokenizer} (Unicode word rules; plain Latin text is read directly, to the same words),
 * lower-cased and split at anything that is no letter
 * or digit (the browser splits a query the same way), then each distinct word is stemmed once by the
 * language's analyzer (stop words give no stem). Languages without an analyzer here get lower-casing
 * only. Thread-safe.
 */
public final class Analysis {

    private static final Map<String, Supplier<StopwordAnalyzerBase>> ANALYZERS = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("ru", RussianAnalyzer::new));
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String NONE = "";
    /** A tokenizer per thread, reused (closing one readies it for the next text): making one costs more than a section. */
    private static final ThreadLocal<StandardTokenizer> TOKENIZERS = ThreadLocal.withInitial(() -> {
        StandardTokenizer t = new StandardTokenizer();
        t.addAttribute(CharTermAttribute.class);
        return t;
    });

    private final String language;
    private final Analyzer analyzer;
    private final List<String> stopWords;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    public Analysis(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        Supplier<StopwordAnalyzerBase> known = ANALYZERS.get(lang);
        StopwordAnalyzerBase base = known != null ? known.get() : new StandardAnalyzer(CharArraySet.EMPTY_SET);
        this.language = known != null ? lang : "none";
        this.analyzer = base;
        TreeSet<String> stops = new TreeSet<>();
        for (Object o : base.getStopwordSet()) stops.add(o instanceof char[] c ? new String(c) : String.valueOf(o));
        this.stopWords = List.copyOf(stops);
    }

    /** The language whose analyzer is used ("en"), or "none" when lower-casing is all. */
    public String language() {
        return language;
    }

    /** The stop words, which the browser skips in queries. */
    public List<String> stopWords() {
        return stopWords;
    }

    /** Calls {@code out} with each word of {@code text}, lower-cased, in order. */
    public void words(String text, Consumer<String> out) {
        eachWord(text, out);
    }

    /**
     * The same: finding words does not depend on the language, only stemming does. Text that
     * {@link #plainWords} can take (most English text) is read directly, other text through Lucene.
     */
    static void eachWord(String text, Consumer<String> out) {
        if (plainWords(text)) {
            eachRun(text, out);
        } else {
            eachToken(text, out);
        }
    }

    /**
     * Whether the words of {@code text} are simply its runs of letters and digits, lower-cased. That
     * holds when the text has only ASCII, Latin letters (U+00A0 to U+024F, but not U+0130, whose lower
     * case is two chars) and general punctuation (U+2000 to U+206F), and no run of characters that
     * could join a token is longer than Lucene's token limit: then the Unicode word rules never break
     * inside a run of letters and digits, and whatever else a token holds (the {@code .} of
     * {@code v1.2}, the {@code '} of {@code it's}, an {@code _}) is split off afterwards anyway.
     * Ideographs, kana and scripts without spaces have rules of their own and go through Lucene.
     */
    static boolean plainWords(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c <= ' ') {
                    run = 0;
                    continue;
                }
            } else if (!(c >= 0xA0 && c < 0x250 && c != 0x130) && !(c >= 0x2000 && c < 0x2070)) {
                return false;
            }
            if (++run > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) return false;
        }
        return true;
    }

    private static void eachRun(String text, Consumer<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    /** Words as Lucene's {@link StandardTokenizer} finds them, lower-cased and split at anything but letters and digits. */
    static void eachToken(String text, Consumer<String> out) {
        StandardTokenizer tokenizer = TOKENIZERS.get();
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String token = term.toString().toLowerCase(Locale.ROOT);
                if (lettersAndDigits(token)) {
                    out.accept(token);
                } else {
                    for (String part : SPLIT.split(token)) {
                        if (!part.isEmpty()) out.accept(part);
                    }
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean lettersAndDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetterOrDigit(token.charAt(i))) return false;
        }
        return true;
    }

    /** The words of {@code text} as a list. */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        words(text, out::add);
        return out;
    }

    /** The stem of a lower-cased word, or null for a stop word; each word is analysed once. */
    String stemOrNull(String word) {
        // a plain read first: computeIfAbsent locks the word's bin even when the word is there, and the
        // index reads every word of the site this way from several threads
        String stem = stems.get(word);
        if (stem == null) stem = stems.computeIfAbsent(word, this::analyze);
        return stem.equals(NONE) ? null : stem;
    }

    /** Every word seen so far that has a stem and at least two letters, with its stem, sorted by word. */
    SortedMap<String, String> vocabulary() {
        SortedMap<String, String> out = new TreeMap<>();
        stems.forEach((word, stem) -> {
            if (!stem.equals(NONE) && word.length() >= 2) out.put(word, stem);
        });
        return out;
    }

    private String analyze(String word) {
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String out = stream.incrementToken() ? term.toString() : NONE;
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
