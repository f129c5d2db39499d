package dev.quire.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The static search index: manifest, chunks by word prefix, page files, opt-outs, the site switch. */
class SearchSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            Welcome.
            -- content/caching.mdx --
            ---
            title: Caching
            ---
            Relay caches answers.

            ## Cache TTL

            Configure the TTL of cached responses per gateway.
            -- content/old-cache.mdx --
            ---
            title: Old caching
            deprecated:
              replacement: /caching/
            ---
            The old cache.
            -- content/secret.mdx --
            ---
            title: Internal notes
            search: false
            ---
            Zebras configure everything.
            """;

    @Test
    void theManifestNamesTheLanguageItsStopWordsTheDeprecatedPagesAndTheChunkOfEachPrefix() throws Exception {
        TestSite site = TestSite.of(dir, SITE).build();
        JsonNode index = JSON.readTree(site.file("search/index.json"));
        assertThat(index.get("language").asText()).isEqualTo("en");
        assertThat(index.get("stop").toString()).contains("\"the\"", "\"and\"");
        assertThat(index.get("minLength").asInt()).isEqualTo(2);
        List<String> keys = new ArrayList<>();
        index.get("chunks").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("ca", "co", "tt").doesNotContain("ze");
        assertThat(index.get("chunks").get("ca").asText()).matches("c/[0-9a-f]{12}\\.json");
        JsonNode old = JSON.readTree(site.file("search/p/" + index.get("deprecated").get(0).asInt() + ".json"));
        assertThat(old.get("title").asText()).isEqualTo("Old caching");
    }

    @Test
    void aChunkMapsEachWordToItsStemsSectionsAndPageFilesHoldTheSectionsText() throws Exception {
        TestSite site = TestSite.of(dir, SITE).build();
        JsonNode index = JSON.readTree(site.file("search/index.json"));
        JsonNode chunk = JSON.readTree(site.file("search/" + index.get("chunks").get("ca").asText()));
        int cache = chunk.get("w").get("cache").asInt();
        assertThat(chunk.get("w").get("caches").asInt()).as("one stem for cache, caches, cached, caching").isEqualTo(cache);
        assertThat(chunk.get("w").get("cached").asInt()).isEqualTo(cache);
        JsonNode postings = chunk.get("s").get(cache);
        List<String> found = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < postings.size(); i += 3) {
            page += postings.get(i).asInt();
            JsonNode p = JSON.readTree(site.file("search/p/" + page + ".json"));
            JsonNode section = p.get("s").get(postings.get(i + 1).asInt());
            found.add(p.get("title").asText() + " › " + section.get(0).asText() + " #" + section.get(1).asText());
            assertThat(postings.get(i + 2).asInt()).isPositive();
        }
        assertThat(found).containsExactlyInAnyOrder("Caching ›  #", "Caching › Cache TTL #cache-ttl", "Old caching ›  #");
        JsonNode caching = JSON.readTree(site.file("search/p/1.json"));
        assertThat(caching.toString()).isEqualTo("{\"url\":\"/caching/\",\"title\":\"Caching\",\"s\":[[\"\",\"\",\"Relay caches answers.\"],"
                + "[\"Cache TTL\",\"cache-ttl\",\"Configure the TTL of cached responses per gateway.\"]]}");
    }

    @Test
    void aPageWithSearchFalseIsNotIndexed() throws Exception {
        TestSite site = TestSite.of(dir, SITE).build();
        try (Stream<Path> files = Files.list(site.out().resolve("search/p"))) {
            assertThat(files.map(f -> TestSite.read(f))).hasSize(3).noneMatch(t -> t.contains("Internal notes"));
        }
        assertThat(site.file("search/index.json")).doesNotContain("\"ze\"");
    }

    @Test
    void aSearchValueThatIsNoBooleanIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(dir, SITE.replace("search: false", "search: \"no\""));
        assertThat(TestSite.report(site.tryBuild())).isEqualTo("""
                content/secret.mdx:3:1: error: 'search' must be true or false
                  search: "no"
                  ^
                """);
    }

    @Test
    void everyPageHasTheSearchBoxAndScript() {
        TestSite site = TestSite.of(dir, SITE).build();
        var html = site.html("caching/index.html");
        assertThat(html.selectFirst(".header-search .search").attr("data-index")).isEqualTo("/search/");
        assertThat(html.select("script[src]").eachAttr("src")).anyMatch(s -> s.matches("/assets/search\\.[0-9a-f]+\\.js"));
    }

    @Test
    void searchEnabledFalseWritesNoIndexAndNoSearchBox() {
        TestSite site = TestSite.of(dir, SITE.replace("title: Docs\n", "title: Docs\nsearch:\n  enabled: false\n")).build();
        assertThat(site.exists("search/index.json")).isFalse();
        var html = site.html("caching/index.html");
        assertThat(html.select(".header-search .search")).isEmpty();
        assertThat(html.select("script[src]").eachAttr("src")).noneMatch(s -> s.contains("search"));
    }

    @Test
    void anUnknownSearchKeyIsAWarningAtItsLine() {
        TestSite site = TestSite.of(dir, SITE.replace("title: Docs\n", "title: Docs\nsearch:\n  enabeld: false\n"));
        assertThat(TestSite.report(site.tryBuild())).contains(
                "site.yaml:3:3: warning: unknown key 'search.enabeld' in site.yaml", "hint: known keys: enabled");
    }
}
