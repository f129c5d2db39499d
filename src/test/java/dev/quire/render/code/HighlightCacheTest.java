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
        Path file = dir.resolve("cache/highlight");
        HighlightCache first = HighlightCache.open(file);
        assertThat(first.get("ts", "let a = 1;", render("<a>"))).isEqualTo(new HighlightCache.Entry("<a>", List.of("warned <a>")));
        first.save();
        HighlightCache second = HighlightCache.open(file);
        assertThat(second.get("ts", "let a = 1;", render("<other>")).html()).isEqualTo("<a>");
        assertThat(second.get("ts", "let a = 1;", render("<other>")).warnings()).containsExactly("warned <a>");
        assertThat(renders).hasValue(1);
    }

    @Test
    void aBlockMadeTwiceInOneBuildIsRenderedOnceAndSavedFromTheSpillFile() throws IOException {
        Path folder = dir.resolve("highlight");
        HighlightCache cache = HighlightCache.open(folder);
        HighlightCache.Entry first = cache.get("ts", "let ü = 1;", render("<b>ü</b>"));
        assertThat(cache.get("ts", "let ü = 1;", render("<other>"))).isEqualTo(first);
        assertThat(renders).hasValue(1);
        cache.save();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("made.spill").hasSize(1);
        }
        assertThat(HighlightCache.open(folder).get("ts", "let ü = 1;", render("<x>"))).isEqualTo(first);
    }

    @Test
    void aFailedBuildLeavesNoSpillFile() throws IOException {
        Path folder = dir.resolve("highlight");
        HighlightCache cache = HighlightCache.open(folder);
        cache.get("ts", "x", render("<x>"));
        cache.close();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anyDifferenceInInfoOrCodeIsAMiss() {
        Path file = dir.resolve("highlight");
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
        Path file = dir.resolve("highlight");
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
        Path folder = dir.resolve("highlight");
        HighlightCache first = HighlightCache.open(folder);
        first.get("ts", "x", render("<x>"));
        first.save();
        Path file;
        try (var files = Files.list(folder)) {
            file = files.collect(java.util.stream.Collectors.toList()).get(0);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThat(HighlightCache.open(folder).get("ts", "x", render("<y>")).html()).isEqualTo("<y>");
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(HighlightCache.open(folder).get("ts", "x", render("<w>")).html()).isEqualTo("<w>");
        Files.writeString(file, "not a cache");
        assertThat(HighlightCache.open(folder).get("ts", "x", render("<z>")).html()).isEqualTo("<z>");
    }

    @Test
    void aBuildThatTookPagesOverKeepsTheirEntriesAndWritesOnlyChangedFiles() throws IOException {
        Path folder = dir.resolve("highlight");
        HighlightCache first = HighlightCache.open(folder);
        for (int i = 0; i < 40; i++) first.get("ts", "block " + i, render("<" + i + ">"));
        first.save();
        java.util.Map<Path, Object> before = new java.util.HashMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) before.put(f, Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        HighlightCache second = HighlightCache.open(folder);
        second.get("ts", "block 3", render("<x>"));
        second.get("ts", "new block", render("<new>"));
        second.save(true);
        int rewritten = 0;
        for (var e : before.entrySet()) {
            if (!Files.readAttributes(e.getKey(), java.nio.file.attribute.BasicFileAttributes.class).fileKey().equals(e.getValue())) rewritten++;
        }
        assertThat(rewritten).as("only the new block's file").isLessThanOrEqualTo(1);
        HighlightCache third = HighlightCache.open(folder);
        assertThat(third.get("ts", "block 17", render("<again>")).html()).isEqualTo("<17>");
        assertThat(third.get("ts", "new block", render("<again>")).html()).isEqualTo("<new>");
        assertThat(renders).hasValue(41);
    }

    @Test
    void theVersionIsTheHashOfQuiresCode() {
        assertThat(HighlightCache.codeVersion()).matches("[0-9a-f]{32}").isEqualTo(HighlightCache.codeVersion());
    }
}
