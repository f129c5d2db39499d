package dev.quire.site;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
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
 * A rebuild over a previous output reuses its unchanged files (hard links) and writes the others, and
 * takes over the pages whose inputs did not change without rendering them; its output must equal a
 * clean build's byte for byte, whatever changed.
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
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.edit("content/api/rest.md", "Plain text.", "Plainer text."));
        assertThat(rebuild.unchanged()).as("only the edited page is rendered").isEqualTo(PAGES - 1);
        Map<String, Object> after = inodes(site.out());
        assertThat(after.get("api/rest/index.html")).isNotEqualTo(before.get("api/rest/index.html"));
        assertThat(after.get("guide/run/index.html")).isEqualTo(before.get("guide/run/index.html"));
        assertThat(after.get("robots.txt")).isEqualTo(before.get("robots.txt"));
        // pages are numbered in URL order: /, /api/rest/, /guide/, /guide/run/
        assertThat(after.get("search/p/3.json")).as("an unchanged page's search file is linked").isEqualTo(before.get("search/p/3.json"));
        assertThat(after.get("search/p/1.json")).isNotEqualTo(before.get("search/p/1.json"));
        assertThat(site.file("search/p/1.json")).contains("Plainer text.");
    }

    /** Home, Guide, Run, REST. */
    static final int PAGES = 4;

    @Test
    void unchangedSiteRendersNothing() {
        TestSite site = TestSite.of(dir, SITE).build();
        assertThat(site.result().unchanged()).isZero();
        BuildResult rebuild = rebuildEqualsClean(site, s -> { });
        assertThat(rebuild.unchanged()).isEqualTo(PAGES);
    }

    @Test
    void partialEdit() {
        TestSite site = TestSite.of(dir, SITE).build();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.edit("partials/relay/note.mdx", "Shared", "Common"));
        assertThat(rebuild.unchanged()).as("all but the page that includes the partial").isEqualTo(PAGES - 1);
        assertThat(site.file("guide/index.html")).contains("Common note text.");
    }

    @Test
    void templateEdit() {
        TestSite site = TestSite.of(dir, SITE).build();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.write("templates/layouts/page.peb", "<main>{{ page.title }}</main>"));
        assertThat(rebuild.unchanged()).isZero();
    }

    @Test
    void dataEdit() {
        TestSite site = TestSite.of(dir, SITE).build();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.edit("data/models.yaml", "Model One", "Model Two"));
        assertThat(rebuild.unchanged()).isZero();
        assertThat(site.file("guide/run/index.html")).contains("Model Two");
    }

    @Test
    void titleEditRendersEveryPageAgain() {
        TestSite site = TestSite.of(dir, SITE).build();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.edit("content/api/rest.md", "title: REST", "title: REST API"));
        assertThat(rebuild.unchanged()).as("every sidebar shows the title").isZero();
    }

    @Test
    void newPageRendersEveryPageAgain() {
        TestSite site = TestSite.of(dir, SITE).build();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.write("content/api/grpc.md", "---\ntitle: gRPC\n---\nStreams.\n"));
        assertThat(rebuild.unchanged()).isZero();
    }

    @Test
    void warningsOfPagesTakenOverAreReportedAgain() {
        TestSite site = TestSite.of(dir, SITE).write("content/api/rest.md", "---\ntitle: REST\n---\n```nosuchlanguage\nx\n```\n").build();
        assertThat(site.result().warnings()).isPositive();
        String first = site.report();
        site.build();
        assertThat(site.result().unchanged()).isEqualTo(PAGES);
        assertThat(site.report()).isEqualTo(first);
    }

    /** Frontmatter parsed by the build before comes from its cache: its problems are found again, at the same places. */
    @Test
    void frontmatterProblemsAreReportedAgainFromTheCache() {
        String same = "---\ntitle: Same\nsidebar:\n  order: first\n---\nText.\n";
        TestSite site = TestSite.of(dir, SITE).write("content/api/one.md", same).write("content/api/two.md", same);
        assertThat(site.tryBuild().failed()).isTrue();
        String first = site.report();
        assertThat(first).contains("content/api/one.md:4:3: error:", "content/api/two.md:4:3: error:");
        Path cache = site.out().resolveSibling(".quire-cache-" + site.out().getFileName());
        assertThat(cache.resolve("yaml.bin")).as("kept by a failed build too: it is exact").exists();
        assertThat(site.tryBuild().failed()).isTrue();
        assertThat(site.report()).isEqualTo(first);
    }

    @Test
    void pageFileEditedByHandIsRenderedAgain() throws IOException {
        TestSite site = TestSite.of(dir, SITE).build();
        Path page = site.out().resolve("api/rest/index.md");
        String original = Files.readString(page);
        Files.writeString(page, original + "edited");
        site.build();
        assertThat(site.result().unchanged()).isEqualTo(PAGES - 1);
        assertThat(Files.readString(page)).isEqualTo(original);
    }

    @Test
    void failedBuildKeepsWhatTheNextBuildTakesOver() {
        TestSite site = TestSite.of(dir, SITE).build();
        Path cache = site.out().resolveSibling(".quire-cache-" + site.out().getFileName());
        assertThat(cache.resolve("pages.bin")).exists();
        assertThat(cache.resolve("pages.bin.tmp")).doesNotExist();
        site.write("content/api/broken.mdx", "---\ntitle: Broken\n---\n<Nope />\n");
        assertThat(site.tryBuild().failed()).isTrue();
        // the failed build wrote its page records while it made its last outputs, and threw them away
        assertThat(cache.resolve("pages.bin")).exists();
        assertThat(cache.resolve("pages.bin.tmp")).doesNotExist();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.delete("content/api/broken.mdx"));
        assertThat(rebuild.unchanged()).isEqualTo(PAGES);
    }

    @Test
    void deletions() {
        TestSite site = TestSite.of(dir, SITE).build();
        rebuildEqualsClean(site, s -> s.delete("content/api/rest.md").delete("static/robots.txt"));
        assertThat(site.exists("api/rest/index.html")).isFalse();
        assertThat(site.exists("robots.txt")).isFalse();
    }

    @Test
    void searchFileEditedByHandIsWrittenAgain() throws IOException {
        TestSite site = TestSite.of(dir, SITE).build();
        Path file = site.out().resolve("search/p/3.json");
        String original = Files.readString(file);
        assertThat(original).contains("/guide/run/");
        Files.writeString(file, original.replace("Run it", "Ran it"));
        site.build();
        assertThat(site.result().unchanged()).as("the page whose search file changed is rendered again").isEqualTo(PAGES - 1);
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    @Test
    void siteWithoutSearchRebuilds() {
        TestSite site = TestSite.of(dir, SITE.replace("url: https://docs.example.com", "url: https://docs.example.com\nsearch:\n  enabled: false")).build();
        assertThat(site.exists("search/p/0.json")).isFalse();
        BuildResult rebuild = rebuildEqualsClean(site, s -> s.edit("content/api/rest.md", "Plain text.", "Plainer text."));
        assertThat(rebuild.unchanged()).isEqualTo(PAGES - 1);
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

    /** Applies the change, rebuilds, compares with a clean build, and returns the rebuild's result. */
    private BuildResult rebuildEqualsClean(TestSite site, Consumer<TestSite> change) {
        change.accept(site);
        BuildResult rebuild = site.tryBuild();
        assertThat(rebuild.failed()).as("rebuild failed:%n%s", TestSite.report(rebuild)).isFalse();
        Path clean = dir.resolve("clean");
        assertThat(site.tryBuild(new BuildOptions(dir, clean, false)).failed()).isFalse();
        Map<String, byte[]> rebuilt = contents(site.out());
        Map<String, byte[]> fresh = contents(clean);
        assertThat(rebuilt.keySet()).containsExactlyElementsOf(fresh.keySet());
        fresh.forEach((path, bytes) -> assertThat(rebuilt.get(path)).as(path).isEqualTo(bytes));
        return rebuild;
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
