package dev.quire.build;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.Severity;
import dev.quire.output.FileStamp;
import dev.quire.search.PageWords;
import dev.quire.search.SectionText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

    @TempDir
    Path dir;

    private static PageCache.Entry entry() {
        return entry(new byte[]{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6});
    }

    private static PageCache.Entry entry(byte[] search) {
        Diagnostic full = new Diagnostic(Severity.WARNING, new Position("content/a.md", 3, 7), "unknown language 'x'",
                "```x", "write a known one", List.of("included from content/b.md:1:1"));
        Diagnostic bare = new Diagnostic(Severity.WARNING, null, "no place", null, null, List.of());
        return new PageCache.Entry(new byte[]{1, 2, 3, (byte) 200}, List.of(full, bare), Set.of("partials/p/x.mdx"),
                PageWords.of("A", List.of(new SectionText("", "", "intro ü"), new SectionText("Usage", "usage", "text text"))),
                Map.of("a/index.html", new FileStamp("0000abcd 12", 123456789L, "(dev=1,ino=2)"),
                        "search/p/4.json", new FileStamp("0000abce 13", 123456790L, "(dev=1,ino=3)")), search);
    }

    @Test
    void recordsSurviveAWriteAndARead() {
        PageCache cache = PageCache.empty();
        cache.put("/a/", entry());
        cache.save(dir);
        PageCache.Entry read = PageCache.read(dir).get("/a/");
        PageCache.Entry written = entry();
        assertThat(read.key()).isEqualTo(written.key());
        assertThat(read.diagnostics()).isEqualTo(written.diagnostics());
        assertThat(read.partials()).isEqualTo(written.partials());
        assertThat(read.search()).isEqualTo(written.search());
        assertThat(read.words()).isEqualTo(written.words());
        assertThat(read.files()).isEqualTo(written.files());
    }

    @Test
    void aPageWithoutASearchFileHasNoSummary() {
        PageCache cache = PageCache.empty();
        cache.put("/a/", entry(null));
        cache.save(dir);
        assertThat(PageCache.read(dir).get("/a/").search()).isNull();
    }

    @Test
    void aDamagedFileIsAnEmptyCache() throws IOException {
        PageCache cache = PageCache.empty();
        cache.put("/a/", entry());
        cache.save(dir);
        Path file = dir.resolve(PageCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(PageCache.read(dir).size()).isZero();
        Files.write(file, new byte[]{1, 2});
        assertThat(PageCache.read(dir).size()).isZero();
    }

    /** A file of several buffers: runs of numbers cross the buffer's end, and the checksum covers every refill. */
    @Test
    void aLargeCacheSurvivesAndItsDamageIsFound() throws IOException {
        PageCache cache = PageCache.empty();
        for (int p = 0; p < 300; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1200; w++) text.append(" w").append((p * 7 + w) % 5000);
            cache.put("/p" + p + "/", new PageCache.Entry(new byte[]{(byte) p}, List.of(), Set.of(),
                    PageWords.of("Page " + p, List.of(new SectionText("", "", text.toString()), new SectionText("More", "more", "x y"))),
                    Map.of("p" + p + "/index.html", new FileStamp("sum" + p, p, "(dev=1,ino=" + p + ")")), null));
        }
        cache.save(dir);
        Path file = dir.resolve(PageCache.FILE);
        assertThat(Files.size(file)).isGreaterThan(2L << 20);
        PageCache read = PageCache.read(dir);
        assertThat(read.size()).isEqualTo(300);
        for (int p = 0; p < 300; p += 37) {
            assertThat(read.get("/p" + p + "/").words()).isEqualTo(cache.get("/p" + p + "/").words());
            assertThat(read.get("/p" + p + "/").files()).isEqualTo(cache.get("/p" + p + "/").files());
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[]{(1 << 20) - 2, (3 << 20) / 2, bytes.length - 9}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertThat(PageCache.read(dir).size()).as("damage at %d", at).isZero();
        }
    }

    @Test
    void deleteRemovesTheFile() {
        PageCache.empty().save(dir);
        PageCache.delete(dir);
        assertThat(dir.resolve(PageCache.FILE)).doesNotExist();
        assertThat(PageCache.read(dir).size()).isZero();
    }
}
