package dev.quire.diag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReporterTest {

    @Test
    void formatsPositionExcerptCaretAndHint() {
        SourceText src = new SourceText("content/a.mdx", "---\ntitle: A\n---\n\n<Calout>\n");
        Diagnostic d = src.errorAt(5, 2, "unknown component <Calout>").withHint("did you mean <Callout>?");
        assertThat(Reporter.format(d)).isEqualTo("""
                content/a.mdx:5:2: error: unknown component <Calout>
                  <Calout>
                   ^
                  hint: did you mean <Callout>?
                """);
    }

    @Test
    void caretKeepsTabsSoItLinesUp() {
        SourceText src = new SourceText("a.mdx", "\t\tx = {y}\n");
        assertThat(Reporter.format(src.errorAt(1, 7, "m"))).isEqualTo("a.mdx:1:7: error: m\n  \t\tx = {y}\n  \t\t    ^\n");
    }

    @Test
    void positionsOfOffsetsWithCrlfAndCr() {
        SourceText src = new SourceText("f", "ab\r\ncd\ref\n");
        assertThat(src.position(0)).hasToString("f:1:1");
        assertThat(src.position(4)).hasToString("f:2:1");
        assertThat(src.position(7)).hasToString("f:3:1");
        assertThat(src.line(2)).isEqualTo("cd");
        assertThat(src.line(3)).isEqualTo("ef");
    }

    @Test
    void suggestsNearestName() {
        assertThat(Suggestions.nearest("Calout", java.util.List.of("Callout", "Tabs"))).contains("Callout");
        assertThat(Suggestions.nearest("Zebra", java.util.List.of("Callout", "Tabs"))).isEmpty();
    }
}
