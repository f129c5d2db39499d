package dev.quire.content;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private PageMeta read(String text) {
        SourceText src = new SourceText("content/a.mdx", text);
        return FrontMatterReader.read(src, FrontMatter.split(src), true, diagnostics);
    }

    private String report() {
        return diagnostics.sorted().stream().map(Reporter::format).collect(Collectors.joining());
    }

    @Test
    void masksFrontmatterButKeepsLinesSoOffsetsAreFileOffsets() {
        String text = "---\ntitle: A\n---\n# Body\n";
        FrontMatter fm = FrontMatter.split(new SourceText("a.mdx", text));
        assertThat(fm.present()).isTrue();
        assertThat(fm.yaml()).isEqualTo("title: A\n");
        assertThat(fm.maskedText()).hasSameSizeAs(text).endsWith("\n# Body\n");
        assertThat(fm.maskedText().indexOf("# Body")).isEqualTo(text.indexOf("# Body"));
        assertThat(fm.maskedText().lines().count()).isEqualTo(text.lines().count());
    }

    @Test
    void crlfFilesKeepTheirPositions() {
        PageMeta meta = read("---\r\ntitle: A\r\nsidebar:\r\n  order: x\r\n---\r\nBody\r\n");
        assertThat(meta.title()).isEqualTo("A");
        assertThat(report()).isEqualTo("""
                content/a.mdx:4:3: error: 'sidebar.order' must be a number
                    order: x
                    ^
                """);
    }

    @Test
    void readsSidebarBadgeDeprecatedAndKeepsUnknownKeys() {
        PageMeta meta = read("""
                ---
                title: Old API
                description: >-
                  The old one.
                sidebar:
                  order: 2
                  label: Old
                  badge: {text: Beta, variant: tip}
                  hidden: true
                deprecated:
                  since: "2026-03-01"
                  message: Use the new one.
                  replacement: /api/rest/
                pcx_content_type: reference
                ---
                """);
        assertThat(meta.description()).isEqualTo("The old one.");
        assertThat(meta.sidebar()).isEqualTo(new SidebarMeta(2.0, "Old", new Badge("Beta", "tip"), true));
        assertThat(meta.deprecated().replacement()).isEqualTo("/api/rest/");
        assertThat(meta.deprecated().position()).hasToString("content/a.mdx:13:3");
        assertThat(meta.raw()).containsEntry("pcx_content_type", "reference");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void missingTitleIsAnError() {
        read("---\ndescription: x\n---\n");
        assertThat(report()).startsWith("content/a.mdx:1:1: error: page has no title\n");
    }

    @Test
    void noFrontmatterMeansNoTitle() {
        read("# Just markdown\n");
        assertThat(report()).startsWith("content/a.mdx:1:1: error: page has no title\n");
    }

    @Test
    void unclosedFrontmatterIsAnErrorAtLineOne() {
        assertThatThrownBy(() -> read("---\ntitle: A\n\nBody\n"))
                .isInstanceOf(DiagnosticException.class).hasMessage("frontmatter is not closed");
    }

    @Test
    void yamlErrorPointsAtTheFileLineNotTheYamlLine() {
        assertThatThrownBy(() -> read("---\ntitle: A\ntags: [a\n---\n"))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).position().line()).isGreaterThanOrEqualTo(3));
    }
}
