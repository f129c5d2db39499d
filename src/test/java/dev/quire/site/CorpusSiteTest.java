package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real corpus (../shared/corpus/cloudflare-ai-gateway) builds unchanged. Its components that are
 * not Quire built-ins are supplied here as templates, which also proves that users can add
 * components without Java. Its one partial holding a JavaScript program fails with a clear error.
 */
class CorpusSiteTest {

    static final Path CORPUS = dev.quire.testing.Corpus.PATH;

    /** Templates for the corpus's own (non built-in) components. */
    static final Map<String, String> COMPONENTS = Map.ofEntries(
            Map.entry("Feature", "<section class=\"feature\"><h3><a href=\"{{ href | default('#') }}\">{{ header }}</a>{% if badge is defined %} <span class=\"badge\">{{ badge }}</span>{% endif %}</h3>{{ children | raw }}</section>"),
            Map.entry("LinkTitleCard", "<a class=\"link-card\" href=\"{{ href }}\"><strong>{{ title }}</strong>{{ children | raw }}</a>"),
            Map.entry("DashButton", "<a class=\"dash-button\" href=\"https://dash.example.com{{ url }}\">Go to the dashboard</a>"),
            Map.entry("RelatedProduct", "<section class=\"related\"><h3><a href=\"{{ href }}\">{{ header }}</a></h3>{{ children | raw }}</section>"),
            Map.entry("GlossaryTooltip", "<abbr class=\"glossary\" title=\"{{ term }}\">{{ children | raw }}</abbr>"),
            Map.entry("CodeSnippets", "<p class=\"generated\">Code examples for {{ forceAPI | default(forceClient | default('all clients')) }}.</p>"),
            Map.entry("YouTube", "<p><a href=\"https://www.youtube.com/watch?v={{ id }}\">Watch the video</a></p>"),
            Map.entry("ResourcesBySelector", "<p class=\"generated\">Related resources.</p>"),
            Map.entry("ProductChangelog", "<p class=\"generated\">Changelog entries.</p>"),
            Map.entry("ListTutorials", "<p class=\"generated\">Tutorials.</p>"),
            Map.entry("Glossary", "<p class=\"generated\">Glossary of {{ product | default('') }}.</p>"),
            Map.entry("Description", "<div class=\"description\">{{ children | raw }}</div>"),
            Map.entry("Plan", "<p class=\"plan\">Available on {{ type | default('all') }} plans.</p>"));

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void copyCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        site = dir.resolve("corpus");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = site.resolve(CORPUS.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        for (var e : COMPONENTS.entrySet()) {
            Path t = site.resolve("templates/components/" + e.getKey() + ".peb");
            Files.createDirectories(t.getParent());
            Files.writeString(t, e.getValue());
        }
    }

    private static TestSite corpus() {
        return TestSite.of(site, "");
    }

    @Test
    void theJavaScriptProgramInAPartialIsAClearErrorAndTheOnlyOne() {
        TestSite s = corpus();
        BuildResult result = s.tryBuild();
        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).as(s.report()).isEqualTo(1);
        assertThat(s.report()).contains("partials/workers/c3-post-run-steps.mdx:9:1: error: ");
    }

    @Test
    void withThatPartialAsPlainTextEveryPageBuildsAndNoSyntaxLeaks() throws IOException {
        Path c3 = site.resolve("partials/workers/c3-post-run-steps.mdx");
        String original = Files.readString(c3);
        try {
            Files.writeString(c3, "---\nparams: [category, type, lang]\n---\n\nAnswer the setup questions as the tutorial says.\n");
            TestSite s = corpus();
            BuildResult result = s.tryBuild();
            assertThat(result.errors()).as(s.report()).isZero();
            long pages;
            try (Stream<Path> f = Files.walk(site.resolve("content"))) {
                pages = f.filter(p -> p.toString().endsWith(".mdx")).count();
            }
            assertThat(result.pages()).isEqualTo(pages);
            for (Path html : htmlFiles(s.out())) {
                Document doc = Jsoup.parse(html.toFile());
                doc.select("main pre, main code").remove();
                String main = doc.select("main").text();
                assertThat(main).as(html.toString()).doesNotContain("<Tabs", "<TabItem", "<Render", ":::note", ":::caution",
                        "{props.", "import {", "{/*");
            }
            Document caching = s.html("ai-gateway/features/caching/index.html");
            assertThat(caching.select("main aside.aside-note")).isNotEmpty();
            Document anthropic = s.html("ai-gateway/usage/providers/anthropic/index.html");
            assertThat(anthropic.selectFirst("main").text()).contains("Anthropic");
        } finally {
            Files.writeString(c3, original);
        }
    }

    private static List<Path> htmlFiles(Path out) throws IOException {
        try (Stream<Path> f = Files.walk(out)) {
            return f.filter(p -> p.toString().endsWith("index.html")).sorted().toList();
        }
    }
}
