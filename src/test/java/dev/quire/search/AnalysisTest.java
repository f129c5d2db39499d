package dev.quire.search;

import org.junit.jupiter.api.Test;

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
}
