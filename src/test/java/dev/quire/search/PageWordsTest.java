package dev.quire.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Words counted ahead of time give the same index, byte for byte, as text counted when the index is built. */
class PageWordsTest {

    @Test
    void anIndexFromCountedWordsEqualsOneFromText() {
        List<SearchPage> fromText = new ArrayList<>();
        List<SearchPage> fromWords = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            List<SectionText> sections = List.of(
                    new SectionText("", "", "Deploying workers to the edge: a worker runs close to users. " + "retry ".repeat(p % 4)),
                    new SectionText("Configure routes", "configure-routes", "Routes map a URL pattern (e.g. *.example.com/*) to a worker; "
                            + "a, I, x are short words. Über naïve café " + p),
                    new SectionText("Limits", "limits", ""));
            String title = "Page " + p + " workers";
            fromText.add(new SearchPage("/p" + p + "/", title, p == 7, sections));
            fromWords.add(new SearchPage("/p" + p + "/", title, p == 7, sections, PageWords.of(title, sections)));
        }
        Map<String, byte[]> expected = SearchIndexFiles.of(SearchIndex.build(fromText, new Analysis("en")));
        Map<String, byte[]> actual = SearchIndexFiles.of(SearchIndex.build(fromWords, new Analysis("en")));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(new String(actual.get(file))).as(file).isEqualTo(new String(bytes)));
    }

    @Test
    void countsAreWeightedAndShortWordsOnlyCountInTheLength() {
        PageWords words = PageWords.of("Edge guide", List.of(new SectionText("Edge", "edge", "edge a b edge")));
        assertThat(words.length(0)).isEqualTo(7);
        List<String> seen = new ArrayList<>();
        words.forEach(0, (word, count) -> seen.add(word + "=" + count));
        assertThat(seen).containsExactly("edge=10", "guide=5");
    }
}
