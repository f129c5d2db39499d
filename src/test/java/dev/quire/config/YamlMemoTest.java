package dev.quire.config;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlMemoTest {

    private static final String YAML = """
            title: "Run"
            sidebar:
              order: 2
              badge: {text: New, variant: tip}
            tags: [a, b]
            head:
              - tag: meta
                attrs: {name: x}
            """;

    private static SourceText page(String path, String yaml) {
        return new SourceText(path, "---\n" + yaml + "---\nBody.\n");
    }

    @Test
    void aKnownTextReadsAsParsingItWould() {
        YamlMemo first = YamlMemo.of(Map.of());
        YamlData parsed = first.read(page("content/a.md", YAML), 2, YAML);
        assertThat(parsed).isEqualTo(new YamlReader(page("content/a.md", YAML), 2).read(YAML));

        YamlMemo next = YamlMemo.of(first.used());
        // the same text in another file, and starting on another line: its places are that file's
        SourceText other = new SourceText("content/b.md", "---\n\n" + YAML + "---\n");
        YamlData known = next.read(other, 3, YAML);
        assertThat(known).isEqualTo(new YamlReader(other, 3).read(YAML));
        assertThat(known.positionOf("sidebar.badge.variant")).isEqualTo(new Position("content/b.md", 6, 22));
        assertThat(known.positionOf("head.0.attrs.name")).isEqualTo(new Position("content/b.md", 10, 13));
        assertThat(next.used()).containsOnlyKeys(YAML);
    }

    @Test
    void aKnownTextIsNotParsedAgain() {
        YamlMemo.Parsed remembered = new YamlMemo.Parsed(Map.of("title", "Remembered"), List.of("title"), new int[]{0}, new int[]{1});
        YamlMemo memo = YamlMemo.of(Map.of("title: [unclosed", remembered));
        YamlData data = memo.read(page("content/a.md", "title: [unclosed\n"), 2, "title: [unclosed");
        assertThat(data.asMap()).isEqualTo(Map.of("title", "Remembered"));
        assertThat(data.positionOf("title")).isEqualTo(new Position("content/a.md", 2, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachReadGetsDataOfItsOwn() {
        YamlMemo memo = YamlMemo.of(Map.of());
        SourceText file = page("content/a.md", YAML);
        Map<String, Object> parsed = memo.read(file, 2, YAML).asMap();
        ((Map<String, Object>) parsed.get("sidebar")).put("order", 99L);
        ((List<Object>) parsed.get("tags")).add("c");

        YamlMemo next = YamlMemo.of(memo.used());
        Map<String, Object> one = next.read(file, 2, YAML).asMap();
        Map<String, Object> two = next.read(file, 2, YAML).asMap();
        assertThat(((Map<String, Object>) one.get("sidebar")).get("order")).isEqualTo(2L);
        assertThat(one.get("tags")).isEqualTo(List.of("a", "b"));
        ((Map<String, Object>) one.get("sidebar")).put("order", 5L);
        assertThat(((Map<String, Object>) two.get("sidebar")).get("order")).isEqualTo(2L);
        assertThat(List.copyOf(one.keySet())).as("keys in the order written").containsExactly("title", "sidebar", "tags", "head");
    }

    @Test
    void errorsAreNotKept() {
        YamlMemo memo = YamlMemo.of(Map.of());
        String broken = "title: [unclosed\n";
        assertThatThrownBy(() -> memo.read(page("content/a.md", broken), 2, broken)).isInstanceOf(DiagnosticException.class);
        assertThat(memo.used()).isEmpty();
    }

    @Test
    void noneKeepsNothing() {
        YamlMemo memo = YamlMemo.none();
        assertThat(memo.read(page("content/a.md", YAML), 2, YAML).asMap()).containsKey("title");
        assertThat(memo.used()).isEmpty();
    }
}
