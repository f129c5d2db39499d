package dev.quire.render.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightCacheTest {

    @TempDir
    Path dir;

    private final AtomicInteger renders = new AtomicInteger();

    private Supplier<HighlightCache.Entry> render(String html) {
        return () -> {
            renders.incrementAndGet();
            return new HighlightCache.Entry(html, List.of("warned " + html));
        };
    }

    @Test
    void aSavedEntryIsFoundByTheNextBuild() {
        Path file = dir.resolve("cache/highlight.bin");
        HighlightCache first = HighlightCache.open(file);
        assertThat(first.get("ts", "let a = 1;", render("<a>"))).isEqualTo(new HighlightCache.Entry("<a>", List.of("warned <a>")));
        first.save();
        HighlightCache second = HighlightCache.open(file);
        assertThat(second.get("ts", "let a = 1;", render("<other>")).html()).isEqualTo("<a>");
        assertThat(second.get("ts", "let a = 1;", render("<other>")).warnings()).containsExactly("warned <a>");
        assertThat(renders).hasValue(1);
        assertThat(dir.resolve("cache/.gitignore")).content().endsWith("\n*\n");
    }

    @Test
    void anyDifferenceInInfoOrCodeIsAMiss() {
        Path file = dir.resolve("highlight.bin");
        HighlightCache first = HighlightCache.open(file);
        first.get("ts", "let a = 1;", render("<a>"));
        first.save();
        HighlightCache second = HighlightCache.open(file);
        assertThat(second.get("ts {1}", "let a = 1;", render("<b>")).html()).isEqualTo("<b>");
        assertThat(second.get("ts", "let a = 2;", render("<c>")).html()).isEqualTo("<c>");
        assertThat(second.get("tsx", "let a = 1;", render("<d>")).html()).isEqualTo("<d>");
        assertThat(renders).hasValue(4);
    }

    @Test
    void onlyEntriesUsedByTheLastBuildAreKept() {
        Path file = dir.resolve("highlight.bin");
        HighlightCache first = HighlightCache.open(file);
        first.get("ts", "old", render("<old>"));
        first.get("ts", "kept", render("<kept>"));
        first.save();
        HighlightCache second = HighlightCache.open(file);
        second.get("ts", "kept", render("<x>"));
        second.save();
        HighlightCache third = HighlightCache.open(file);
        assertThat(third.get("ts", "old", render("<again>")).html()).isEqualTo("<again>");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aDamagedFileIsAnEmptyCache() throws IOException {
        Path file = dir.resolve("highlight.bin");
        HighlightCache first = HighlightCache.open(file);
        first.get("ts", "x", render("<x>"));
        first.save();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThat(HighlightCache.open(file).get("ts", "x", render("<y>")).html()).isEqualTo("<y>");
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(HighlightCache.open(file).get("ts", "x", render("<w>")).html()).isEqualTo("<w>");
        Files.writeString(file, "not a cache");
        assertThat(HighlightCache.open(file).get("ts", "x", render("<z>")).html()).isEqualTo("<z>");
    }

    @Test
    void theVersionIsTheHashOfQuiresCode() {
        assertThat(HighlightCache.codeVersion()).matches("[0-9a-f]{64}").isEqualTo(HighlightCache.codeVersion());
    }
}
