package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code quire check} over the real corpus, with its own components as templates, the c3 partial
 * replaced as in {@link CorpusSiteTest}, and {@code check: scope: [/ai-gateway/]} (the corpus is one
 * product of a larger site). Every finding was read and is real; the counts keep false positives out.
 */
class CorpusCheckTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void copyCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CorpusSiteTest.CORPUS), "corpus not present");
        site = dir.resolve("corpus");
        try (Stream<Path> files = Files.walk(CorpusSiteTest.CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = site.resolve(CorpusSiteTest.CORPUS.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        for (var e : CorpusSiteTest.COMPONENTS.entrySet()) {
            Path t = site.resolve("templates/components/" + e.getKey() + ".peb");
            Files.createDirectories(t.getParent());
            Files.writeString(t, e.getValue());
        }
        Files.writeString(site.resolve("partials/workers/c3-post-run-steps.mdx"),
                "---\nparams: [category, type, lang]\n---\n\nAnswer the setup questions as the tutorial says.\n");
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml")) + "check:\n  scope: [/ai-gateway/]\n");
    }

    @Test
    void findsOnlyRealProblems() {
        TestSite.Run run = TestSite.cli("check", "--source", site.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, Integer> byRule = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\S+: (?:error|warning): .* \\[([a-z-]+)]$").matcher(run.err());
        while (m.find()) byRule.merge(m.group(1), 1, Integer::sum);
        assertThat(byRule).as(run.err()).isEqualTo(new TreeMap<>(Map.of(
                "broken-anchor", 3, "broken-link", 21, "fence-without-language", 2, "heading-level-skip", 1,
                "link-to-redirect", 3, "missing-description", 25, "unused-import", 26, "unused-partial-param", 3,
                "worker-code-in-bare-fence", 13)));
        assertThat(run.err()).contains("""
                content/ai-gateway/usage/providers/workersai.mdx:15:124: error: #call-third-party-models is no id on /ai-gateway/integrations/worker-binding-methods/ [broken-anchor]
                """, """
                content/ai-gateway/index.mdx:46:33: warning: /ai-gateway/configuration/caching/ is redirected to /ai-gateway/features/caching/ [link-to-redirect]
                """, """
                content/ai-gateway/configuration/manage-gateway.mdx:70:56: error: image ~/assets/images/ai-gateway/auto-retry-settings.png uses the Astro alias ~/, which a static site cannot resolve [broken-link]
                """);
        // a page that renders a partial uses its Render import; request-handling.mdx really does not
        assertThat(run.err()).doesNotContainPattern("get-started\\.mdx:\\d+:\\d+: warning: 'Render' is imported")
                .contains("request-handling.mdx:8:10: warning: 'Render' is imported but never used [unused-import]");
    }
}
