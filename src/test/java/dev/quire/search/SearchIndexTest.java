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

    /**
     * The index against a plain reading of its definition: every section a stem occurs in, weighed by BM25
     * over the stem's summed word counts, the hundred best kept. Words share stems (run, runs, running),
     * some are stop words, some sections have none, and several stems have more than a hundred sections.
     */
    @Test
    void everyStemKeepsTheSectionsThatAPlainBm25OverAllSectionsKeeps() {
        java.util.Random random = new java.util.Random(5);
        String[] vocabulary = {"run", "runs", "running", "gateway", "gateways", "cache", "caching", "the", "and", "of",
                "token", "tokens", "route", "routing", "routes", "limit", "provider", "providers", "log", "logs"};
        List<SearchPage> pages = new ArrayList<>();
        for (int p = 0; p < 600; p++) {
            List<SectionText> sections = new ArrayList<>();
            for (int s = random.nextInt(4); s >= 0; s--) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(12); w > 0; w--) text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                sections.add(new SectionText(s == 0 ? "" : "Part", s == 0 ? "" : "part-" + s, text.toString()));
            }
            pages.add(new SearchPage("/p" + p + "/", random.nextInt(5) == 0 ? "Cache" : "Page", false, sections));
        }
        Analysis analysis = new Analysis("en");
        SearchIndex index = SearchIndex.build(pages, analysis);
        List<PageWords> words = index.pages().stream().map(page -> PageWords.of(page.title(), page.sections())).toList();
        // each section's stems with their summed counts, in page and section order
        java.util.Map<String, List<int[]>> occurrences = new java.util.TreeMap<>();
        int sections = 0;
        long length = 0;
        for (int p = 0; p < words.size(); p++) {
            for (int s = 0; s < words.get(p).sections(); s++) {
                sections++;
                length += words.get(p).length(s);
                java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
                words.get(p).forEach(s, (word, count) -> {
                    String stem = analysis.stemOrNull(word);
                    if (stem != null) counts.merge(stem, count, Integer::sum);
                });
                int page = p;
                int section = s;
                counts.forEach((stem, count) -> occurrences.computeIfAbsent(stem, k -> new ArrayList<>())
                        .add(new int[]{page, section, count, words.get(page).length(section)}));
            }
        }
        double avg = Math.max(1, (double) length / sections);
        assertThat(occurrences.keySet()).hasSizeGreaterThan(8);
        assertThat(occurrences.values()).anyMatch(list -> list.size() > SearchIndex.MAX_POSTINGS);
        for (var e : occurrences.entrySet()) {
            double idf = Math.log(1 + (sections - e.getValue().size() + 0.5) / (e.getValue().size() + 0.5));
            List<int[]> weighed = new ArrayList<>();
            for (int[] o : e.getValue()) {
                double tf = o[2] * (1.2 + 1) / (o[2] + 1.2 * (1 - 0.75 + 0.75 * o[3] / avg));
                weighed.add(new int[]{o[0], o[1], Math.max(1, (int) Math.round(100 * tf * idf))});
            }
            weighed.sort(java.util.Comparator.<int[]>comparingInt(a -> -a[2]).thenComparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            List<int[]> kept = new ArrayList<>(weighed.subList(0, Math.min(SearchIndex.MAX_POSTINGS, weighed.size())));
            kept.sort(java.util.Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            assertThat(index.postings(e.getKey())).as(e.getKey()).extracting(x -> x.page() + "/" + x.section() + "=" + x.weight())
                    .containsExactlyElementsOf(kept.stream().map(a -> a[0] + "/" + a[1] + "=" + a[2]).toList());
        }
    }
}
