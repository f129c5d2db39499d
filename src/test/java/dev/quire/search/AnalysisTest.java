package dev.quire.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Lucene's analysis as the index and the browser see it. */
class AnalysisTest {

    @Test
    void wordsAreLowerCasedAndSplitAtAnythingButLettersAndDigits() {
        assertThat(new Analysis("en").words("The Gateway's v1.2 API: x-relay-token, Caché!"))
                .containsExactly("the", "gateway", "s", "v1", "2", "api", "x", "relay", "token", "caché");
    }

    @Test
    void englishStemsAndStopWords() {
        Analysis en = new Analysis("en");
        assertThat(en.stemOrNull("caching")).isEqualTo(en.stemOrNull("caches")).isEqualTo(en.stemOrNull("cached"));
        assertThat(en.stemOrNull("the")).isNull();
        assertThat(en.stopWords()).contains("the", "and").doesNotContain("cache");
        assertThat(en.language()).isEqualTo("en");
    }

    @Test
    void theLanguageOfTheSiteChoosesTheAnalyzerAndARegionIsIgnored() {
        Analysis de = new Analysis("de-CH");
        assertThat(de.language()).isEqualTo("de");
        assertThat(de.stemOrNull("und")).isNull();
        assertThat(de.stemOrNull("häuser")).isEqualTo(de.stemOrNull("haus"));
    }

    @Test
    void anUnknownLanguageOnlyLowerCases() {
        Analysis none = new Analysis("tlh");
        assertThat(none.language()).isEqualTo("none");
        assertThat(none.stopWords()).isEmpty();
        assertThat(none.stemOrNull("caching")).isEqualTo("caching");
        assertThat(none.stemOrNull("the")).isEqualTo("the");
    }

    @Test
    void plainTextIsReadDirectlyAndGivesTheWordsLuceneGives() {
        String alphabet = "aZk9 0x_.,;:'-/\n\t()éßØªµ²¼×\u00a0\u00ad’“”—…‼\u200b\u200c\u200d\u2060\u202f\u203f\u2024\u2027";
        Random random = new Random(8);
        int plain = 0;
        int longPlain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            boolean longRuns = n % 25 == 0;
            int gap = 0;
            int length = longRuns ? 520 + random.nextInt(260) : random.nextInt(40);
            for (int i = 0; i < length; i++) {
                char c = random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('a' + random.nextInt(3));
                if (longRuns) {
                    boolean afterLetter = i > 0 && Character.isLetter(text.charAt(i - 1));
                    c = afterLetter && random.nextInt(3) == 0 ? "._:'9".charAt(random.nextInt(5)) : (char) ('a' + random.nextInt(3));
                }
                if (longRuns && --gap <= 0) {
                    c = ' ';
                    gap = 245 + random.nextInt(20);
                }
                text.append(c);
            }
            String t = text.toString();
            if (!Analysis.plainWords(t)) continue;
            plain++;
            if (longRuns) longPlain++;
            List<String> direct = new ArrayList<>();
            Analysis.eachWord(t, direct::add);
            List<String> lucene = new ArrayList<>();
            Analysis.eachToken(t, lucene::add);
            assertThat(direct).as("words of %s", t).isEqualTo(lucene);
        }
        assertThat(plain).isGreaterThan(15_000);
        assertThat(longPlain).isGreaterThan(100);
    }

    @Test
    void textTheDirectReadingCannotTakeGoesThroughLucene() {
        String longRun = "a".repeat(300);
        assertThat(Analysis.plainWords(longRun)).isFalse();
        assertThat(Analysis.plainWords("x_" + "a.".repeat(130))).isFalse();
        assertThat(Analysis.plainWords("a ".repeat(300))).isTrue();
        assertThat(Analysis.plainWords("日本語の文書")).isFalse();
        assertThat(Analysis.plainWords("İstanbul")).isFalse();
        assertThat(new Analysis("en").words("日本語 text")).containsExactly("日", "本", "語", "text");
        List<String> lucene = new ArrayList<>();
        Analysis.eachToken(longRun, lucene::add);
        assertThat(new Analysis("en").words(longRun)).isEqualTo(lucene);
    }
}
