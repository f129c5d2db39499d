package dev.quire.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Chunking by prefix, postings capped per stem, deprecated pages, determinism. */
class SearchIndexFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLargePrefixIsSplitByTheNextLetterAndEveryChunkStaysSmall() throws Exception {
        List<SearchPage> pages = new ArrayList<>();
        for (int p = 0; p < 60; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 200; w++) text.append("co").append((char) ('a' + w % 26)).append(Integer.toString(p * 200 + w, 36)).append(' ');
            pages.add(new SearchPage("/p" + p + "/", "Page " + p, p == 3, List.of(new SectionText("", "", text.toString()))));
        }
        Map<String, byte[]> files = SearchIndexFiles.of(SearchIndex.build(pages, new Analysis("en")));
        JsonNode index = JSON.readTree(files.get("search/index.json"));
        List<String> keys = new ArrayList<>();
        index.get("chunks").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).doesNotContain("co").contains("coa", "cob", "coz");
        for (String key : keys) {
            assertThat(files.get("search/" + index.get("chunks").get(key).asText()).length)
                    .isLessThanOrEqualTo(SearchIndexFiles.CHUNK_LIMIT);
        }
        assertThat(index.get("deprecated").toString()).isEqualTo("[" + pagesInUrlOrder(pages).indexOf("/p3/") + "]");
        assertThat(SearchIndexFiles.of(SearchIndex.build(pages, new Analysis("en"))).keySet()).isEqualTo(files.keySet());
    }

    @Test
    void aStemKeepsOnlyItsBestSections() throws Exception {
        List<SearchPage> pages = new ArrayList<>();
        for (int p = 0; p < SearchIndex.MAX_POSTINGS + 20; p++) {
            pages.add(new SearchPage("/p" + p + "/", "Page", false, List.of(new SectionText("", "", "gateway ".repeat(1 + p % 5) + "filler words here"))));
        }
        Map<String, byte[]> files = SearchIndexFiles.of(SearchIndex.build(pages, new Analysis("en")));
        JsonNode index = JSON.readTree(files.get("search/index.json"));
        JsonNode chunk = JSON.readTree(files.get("search/" + index.get("chunks").get("ga").asText()));
        assertThat(chunk.get("s").get(chunk.get("w").get("gateway").asInt()).size()).isEqualTo(3 * SearchIndex.MAX_POSTINGS);
    }

    private static List<String> pagesInUrlOrder(List<SearchPage> pages) {
        return pages.stream().map(SearchPage::url).sorted().toList();
    }
}
