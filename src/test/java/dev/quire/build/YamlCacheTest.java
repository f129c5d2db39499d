package dev.quire.build;

import dev.quire.config.YamlData;
import dev.quire.config.YamlMemo;
import dev.quire.config.YamlReader;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YamlCacheTest {

    @TempDir
    Path dir;

    /** Every kind of plain data YAML reads, nested. */
    private static final List<String> DOCUMENTS = List.of(
            """
            title: "Ünïcode — ✓ 𝄞"
            description: ''
            sidebar:
              order: -3
              hidden: true
              label: ~
            weights: [0.5, -0.0, .inf, -.inf, .nan, 1e300, 0x1F, 0o17]
            flags: [true, false, null]
            deprecated:
              since: 2.1
              replacement: /new/
            head:
              - tag: meta
                attrs: {name: robots, content: noindex}
              - []
              - {}
            """,
            "title: Plain\n",
            "");

    private static SourceText file(String path, String yaml) {
        return new SourceText(path, "---\n" + yaml + "---\n");
    }

    private YamlMemo memoOfAll() {
        YamlMemo memo = YamlMemo.of(Map.of());
        for (String yaml : DOCUMENTS) memo.read(file("content/a.md", yaml), 2, yaml);
        return memo;
    }

    @Test
    void documentsSurviveAWriteAndARead() {
        YamlCache.save(dir, memoOfAll());
        YamlMemo read = YamlCache.read(dir);
        for (String yaml : DOCUMENTS) {
            SourceText file = file("content/b.md", yaml);
            YamlData expected = new YamlReader(file, 2).read(yaml);
            YamlData actual = read.read(file, 2, yaml);
            assertThat(actual).as(yaml).isEqualTo(expected);
            if (expected.value() != null) {
                assertThat(List.copyOf(actual.asMap().keySet())).containsExactlyElementsOf(expected.asMap().keySet());
            }
        }
        assertThat(read.used()).containsOnlyKeys(DOCUMENTS);
        assertThat(YamlCache.documents(dir)).containsOnlyKeys(DOCUMENTS);
    }

    @Test
    void theFileIsTheSameForTheSameDocumentsInAnyOrder() throws IOException {
        YamlCache.save(dir, memoOfAll());
        byte[] first = Files.readAllBytes(dir.resolve(YamlCache.FILE));
        YamlMemo reread = YamlCache.read(dir);
        List<String> reversed = new ArrayList<>(DOCUMENTS);
        Collections.reverse(reversed);
        for (String yaml : reversed) reread.read(file("content/c.md", yaml), 2, yaml);
        YamlCache.save(dir, reread);
        assertThat(Files.readAllBytes(dir.resolve(YamlCache.FILE))).isEqualTo(first);
        assertThat(dir.resolve(YamlCache.FILE + ".tmp")).doesNotExist();
    }

    @Test
    void onlyTheDocumentsReadAreKept() {
        YamlCache.save(dir, memoOfAll());
        YamlMemo next = YamlCache.read(dir);
        next.read(file("content/a.md", "title: Plain\n"), 2, "title: Plain\n");
        YamlCache.save(dir, next);
        assertThat(YamlCache.documents(dir)).containsOnlyKeys("title: Plain\n");
    }

    @Test
    void aDamagedOrMissingFileIsAnEmptyMemo() throws IOException {
        assertThat(YamlCache.documents(dir)).isEmpty();
        YamlCache.save(dir, memoOfAll());
        Path file = dir.resolve(YamlCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[]{0, bytes.length / 2, bytes.length - 9, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertThat(YamlCache.documents(dir)).as("damage at %d", at).isEmpty();
        }
        Files.write(file, new byte[]{1, 2});
        assertThat(YamlCache.documents(dir)).isEmpty();
    }

    @Test
    void dataTooDeepIsNotKept() {
        String deep = "a: " + "[".repeat(80) + "]".repeat(80) + "\n";
        YamlMemo memo = YamlMemo.of(Map.of());
        memo.read(file("content/a.md", deep), 2, deep);
        memo.read(file("content/a.md", "title: Plain\n"), 2, "title: Plain\n");
        YamlCache.save(dir, memo);
        assertThat(YamlCache.documents(dir)).containsOnlyKeys("title: Plain\n");
    }
}
