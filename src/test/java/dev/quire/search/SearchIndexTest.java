package dev.quire.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @Test
    void aStemKeepsItsBestSectionsWithTiesToTheEarlierPagesHoweverThePagesAreSplitForWeighing() {
        // 400 pages with "gateway" 1 to 5 times (the most count most) among 2,000, weighed in several stretches
        List<SearchPage> pages = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            pages.add(new SearchPage("/p" + p + "/", "Page", false, List.of(new SectionText("", "", "gateway ".repeat(1 + p % 5) + "filler words here"))));
        }
        for (int p = 400; p < 2000; p++) pages.add(new SearchPage("/p" + p + "/", "Page", false, List.of(new SectionText("", "", "filler words here"))));
        SearchIndex index = SearchIndex.build(pages, new Analysis("en"));
        List<String> urls = index.pages().stream().map(SearchPage::url).toList();
        // the 80 pages with five, then the 20 first (in index order) of those with four
        List<Integer> five = IntStream.range(0, 400).filter(p -> p % 5 == 4).mapToObj(p -> urls.indexOf("/p" + p + "/")).toList();
        List<Integer> four = IntStream.range(0, 400).filter(p -> p % 5 == 3).mapToObj(p -> urls.indexOf("/p" + p + "/")).sorted().limit(20).toList();
        List<Integer> expected = new ArrayList<>(five);
        expected.addAll(four);
        expected.sort(null);
        String stem = index.words().get("gateway");
        assertThat(index.postings(stem)).extracting(SearchIndex.Posting::page).containsExactlyElementsOf(expected);
        // "filler" is everywhere: every section weighs the same, and the first pages are kept
        assertThat(index.postings(index.words().get("filler"))).extracting(SearchIndex.Posting::page)
                .containsExactlyElementsOf(IntStream.range(0, SearchIndex.MAX_POSTINGS).boxed().toList());
    }
}
