package dev.quire.site;

import dev.quire.build.BuildOptions;
import dev.quire.output.OutputHashes;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild over a previous output reuses its unchanged files (hard links) and writes the others; its
 * output must equal a clean build's byte for byte, whatever changed.
 */
class RebuildOutputSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            url: https://docs.example.com
            -- data/models.yaml --
            name: Model One
            -- templates/components/Model.peb --
            <b>{{ data.models.name }}</b>
            -- content/index.mdx --
            ---
            title: Home
            ---
            Welcome.
            -- content/guide/index.mdx --
            ---
            title: Guide
            ---
            <Render file="note" product="relay" />
            -- content/guide/run.mdx --
            ---
            title: Run
            ---
            Run it with <Model />.

            ```ts
            const answer: number = 42;
            ```
            -- content/api/rest.md --
            ---
            title: REST
            ---
            Plain text.
            -- partials/relay/note.mdx --
            Shared note text.
            -- static/robots.txt --
            User-agent: *
            """;

    @Test
    void pageEdit() {
        TestSite site = TestSite.of(dir, SITE).build();
        Map<String, Object> before = inodes(site.out());
        rebuildEqualsClean(site, s -> s.edit("content/api/rest.md", "Plain text.", "Plainer text."));
        Map<String, Object> after = inodes(site.out());
        assertThat(after.get("api/rest/index.html")).isNotEqualTo(before.get("api/rest/index.html"));
        assertThat(after.get("guide/run/index.html")).isEqualTo(before.get("guide/run/index.html"));
        assertThat(after.get("robots.txt")).isEqualTo(before.get("robots.txt"));
    }

    @Test
    void partialEdit() {
        rebuildEqualsClean(TestSite.of(dir, SITE).build(), s -> s.edit("partials/relay/note.mdx", "Shared", "Common"));
    }

    @Test
    void templateEdit() {
        rebuildEqualsClean(TestSite.of(dir, SITE).build(), s -> s.write("templates/layouts/page.peb", "<main>{{ page.title }}</main>"));
    }

    @Test
    void dataEdit() {
        rebuildEqualsClean(TestSite.of(dir, SITE).build(), s -> s.edit("data/models.yaml", "Model One", "Model Two"));
    }

    @Test
    void deletions() {
        TestSite site = TestSite.of(dir, SITE).build();
        rebuildEqualsClean(site, s -> s.delete("content/api/rest.md").delete("static/robots.txt"));
        assertThat(site.exists("api/rest/index.html")).isFalse();
        assertThat(site.exists("robots.txt")).isFalse();
    }

    @Test
    void outputFileEditedByHandIsWrittenAgain() throws IOException {
        TestSite site = TestSite.of(dir, SITE).build();
        Path page = site.out().resolve("guide/run/index.html");
        String original = Files.readString(page);
        Files.writeString(page, original.replace("Run it", "Ran it"));
        site.build();
        assertThat(Files.readString(page)).isEqualTo(original);
    }

    @Test
    void hashListChecksEveryFile() throws IOException {
        TestSite site = TestSite.of(dir, SITE).build();
        String list = Files.readString(site.out().resolve(OutputHashes.PATH));
        Map<String, byte[]> files = contents(site.out());
        files.remove(OutputHashes.PATH);
        assertThat(list.lines().map(l -> l.split(" ", 3)[2]).toList()).containsExactlyElementsOf(files.keySet());
        for (String line : list.lines().toList()) {
            String[] fields = line.split(" ", 3);
            assertThat(fields[0]).matches("[0-9a-f]{8}");
            assertThat(fields[0] + " " + fields[1]).as(line).isEqualTo(OutputHashes.sum(files.get(fields[2])));
            assertThat(fields[1]).isEqualTo(String.valueOf(files.get(fields[2]).length));
        }
    }

    private void rebuildEqualsClean(TestSite site, Consumer<TestSite> change) {
        change.accept(site);
        site.build();
        Path clean = dir.resolve("clean");
        assertThat(site.tryBuild(new BuildOptions(dir, clean, false)).failed()).isFalse();
        Map<String, byte[]> rebuilt = contents(site.out());
        Map<String, byte[]> fresh = contents(clean);
        assertThat(rebuilt.keySet()).containsExactlyElementsOf(fresh.keySet());
        fresh.forEach((path, bytes) -> assertThat(rebuilt.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> contents(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        walk(root, p -> files.put(root.relativize(p).toString(), read(p)));
        return files;
    }

    private static Map<String, Object> inodes(Path root) {
        Map<String, Object> keys = new TreeMap<>();
        walk(root, p -> keys.put(root.relativize(p).toString(), attributes(p).fileKey()));
        return keys;
    }

    private static void walk(Path root, Consumer<Path> each) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
