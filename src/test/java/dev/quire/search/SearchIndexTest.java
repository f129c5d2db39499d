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

    @Test
    void aBestKeepsTheHundredBestSectionsOfAnyStretchesMergedAsASortOfAllWould() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            List<int[]> all = new ArrayList<>();
            int pages = 1 + random.nextInt(300);
            for (int p = 0; p < pages; p++) {
                for (int s = random.nextInt(4); s >= 0; s--) {
                    if (random.nextInt(3) > 0) all.add(new int[]{p, s, 1 + random.nextInt(random.nextBoolean() ? 3 : 500)});
                }
            }
            all.sort(java.util.Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            // split into stretches of pages, each offered in page order, then merged
            List<SearchIndex.Best> parts = new ArrayList<>();
            SearchIndex.Best part = new SearchIndex.Best(10, 5);
            int cut = random.nextInt(pages + 1);
            for (int[] a : all) {
                if (a[0] >= cut && parts.isEmpty()) {
                    parts.add(part);
                    part = new SearchIndex.Best(10, 5);
                }
                part.offer(a[0], a[1], a[2]);
            }
            parts.add(part);
            SearchIndex.Best best = parts.get(parts.size() - 1);
            for (int i = parts.size() - 2; i >= 0; i--) best = best.merge(parts.get(i));
            List<int[]> expected = new ArrayList<>(all);
            expected.sort(java.util.Comparator.<int[]>comparingInt(a -> -a[2]).thenComparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            expected = new ArrayList<>(expected.subList(0, Math.min(SearchIndex.MAX_POSTINGS, expected.size())));
            expected.sort(java.util.Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            assertThat(best.postings()).extracting(p -> p.page() + "/" + p.section() + "=" + p.weight())
                    .containsExactlyElementsOf(expected.stream().map(a -> a[0] + "/" + a[1] + "=" + a[2]).toList());
        }
    }
}
