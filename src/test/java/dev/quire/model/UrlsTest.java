package dev.quire.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({
            "index.mdx, ''",
            "a.mdx, a/",
            "a/b.mdx, a/b/",
            "a/index.mdx, a/",
            "a/b/index.md, a/b/",
            "a/reindex.mdx, a/reindex/",
    })
    void mapsContentPathsToUrls(String content, String path) {
        assertThat(Urls.pathOf(content)).isEqualTo(path);
        assertThat(Urls.outputFile(path)).isEqualTo(path + "index.html");
    }
}
