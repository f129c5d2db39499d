package dev.quire.site;

import dev.quire.build.ChangeKind;
import dev.quire.build.IncrementalBuild;
import dev.quire.build.Rebuild;
import dev.quire.build.SiteSnapshot;
import dev.quire.diag.Reporter;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of the dev server's incremental build: edit a file, rebuild, assert what was redone. */
class IncrementalBuildSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            url: https://docs.example.com
            -- content/index.mdx --
            ---
            title: Home
            ---
            Welcome.
            -- content/guide/index.mdx --
            ---
            title: Guide
            ---
            The guide.
            -- content/guide/setup.mdx --
            ---
            title: Set up
            sidebar:
              order: 1
            ---
            <Render file="note" product="relay" />
            -- content/guide/run.mdx --
            ---
            title: Run
            sidebar:
              order: 2
            ---
            Run it.
            -- content/api/index.mdx --
            ---
            title: API
            ---
            <Render file="note" product="relay" />
            -- content/api/rest.mdx --
            ---
            title: REST
            ---
            Plain text.
            -- partials/relay/note.mdx --
            Shared note text.
            -- static/robots.txt --
            User-agent: *
            """;

    private IncrementalBuild start(TestSite site) {
        IncrementalBuild build = IncrementalBuild.start(site.dir(), false);
        assertThat(build.first().diagnostics()).as(report(build.first())).isEmpty();
        return build;
    }

    private static String report(Rebuild r) {
        return r.diagnostics().stream().map(Reporter::format).collect(Collectors.joining());
    }

    private static String html(IncrementalBuild build, String path) {
        byte[] bytes = build.snapshot().files().get(path);
        assertThat(bytes).as("file %s", path).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Once the background work settled, the incremental result is byte for byte what a fresh whole
     * build of the same files gives: the same files, none stale (search chunks, llms files), none missing.
     */
    private static void assertSameAsFullBuild(TestSite site, IncrementalBuild build) {
        build.settle();
        Map<String, byte[]> now = build.snapshot().files();
        Map<String, byte[]> full = IncrementalBuild.start(site.dir(), false).snapshot().files();
        assertThat(new TreeSet<>(now.keySet())).isEqualTo(new TreeSet<>(full.keySet()));
        List<String> differ = full.keySet().stream().filter(f -> !Arrays.equals(now.get(f), full.get(f))).sorted().toList();
        assertThat(differ).as("files that differ from a full build").isEmpty();
    }

    /** Every chunk and page file that search/index.json names is there: the served index is one whole set. */
    private static void assertSearchIndexWhole(IncrementalBuild build) {
        Map<String, byte[]> files = build.snapshot().files();
        String index = new String(files.get("search/index.json"), StandardCharsets.UTF_8);
        Matcher chunk = Pattern.compile("\"(c/[0-9a-f]+\\.json)\"").matcher(index);
        int chunks = 0;
        while (chunk.find()) {
            assertThat(files).containsKey("search/" + chunk.group(1));
            chunks++;
        }
        assertThat(chunks).isPositive();
    }

    private static String searchPages(IncrementalBuild build) {
        return build.snapshot().files().entrySet().stream().filter(e -> e.getKey().startsWith("search/p/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
    }

    @Test
    void firstBuildHoldsEveryPageAndFileInMemory() {
        IncrementalBuild build = start(TestSite.of(dir, SITE));
        assertThat(build.first().pagesRendered()).isEqualTo(6);
        assertThat(build.snapshot().files()).containsKeys("index.html", "guide/setup/index.html", "404.html",
                "sitemap.xml", "robots.txt", ".quire/manifest.json");
        assertThat(html(build, "api/index.html")).contains("Shared note text.");
        assertThat(dir.resolve("dist")).doesNotExist();
    }

    @Test
    void aBodyEditRendersThatPageOnly() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "Run it.", "Run it twice.");
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(r.layoutsRendered()).isZero();
        assertThat(r.changedUrls()).containsExactly("/guide/run/");
        assertThat(html(build, "guide/run/index.html")).contains("Run it twice.");
    }

    @Test
    void aBodyEditLeavesTheSiteModelAndWholeSiteFilesAloneAndEndsAsAFullBuildWould() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        Map<String, byte[]> before = build.snapshot().files();
        site.edit("content/guide/run.mdx", "Run it.", "Run it twice, quickly.");
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.everything()).isFalse();
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(r.layoutsRendered()).isZero();
        assertThat(r.changedUrls()).containsExactly("/guide/run/");
        assertThat(html(build, "guide/run/index.html")).contains("Run it twice, quickly.");
        assertThat(html(build, "guide/run/index.md")).contains("Run it twice, quickly.");
        // nothing whole-site was made again: the very same bytes are kept
        Map<String, byte[]> after = build.snapshot().files();
        for (String file : List.of("sitemap.xml", "404.html", "_headers", "_redirects", ".quire/manifest.json", "guide/index.html")) {
            assertThat(after.get(file)).as(file).isSameAs(before.get(file));
        }
        assertSearchIndexWhole(build);
        build.settle();
        assertSearchIndexWhole(build);
        assertThat(searchPages(build)).contains("Run it twice, quickly.");
        assertThat(html(build, "llms-full.txt")).contains("Run it twice, quickly.").doesNotContain("Run it.");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void manyBodyEditsInARowEndAsAFullBuildWould() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        String text = "Run it.";
        for (int i = 0; i < 5; i++) {
            site.edit("content/guide/run.mdx", text, "Run it " + i + " times.");
            text = "Run it " + i + " times.";
            build.apply(List.of("content/guide/run.mdx"));
            site.edit("content/api/rest.mdx", i == 0 ? "Plain text." : "Plain text " + (i - 1) + ".", "Plain text " + i + ".");
            build.apply(List.of("content/api/rest.mdx", "content/guide/run.mdx"));
            assertSearchIndexWhole(build);
        }
        assertSameAsFullBuild(site, build);
        assertThat(html(build, "llms-full.txt")).contains("Run it 4 times.").contains("Plain text 4.");
    }

    @Test
    void aFrontmatterEditTakesTheWholeWayAndEndsAsAFullBuildWould() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "title: Run\n", "title: Run it\ndescription: How to run.\n");
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.pagesRendered()).isEqualTo(1);
        build.settle();
        assertThat(html(build, "guide/setup/index.html")).contains("Run it");
        assertThat(html(build, "llms.txt")).contains("How to run.");
        assertSearchIndexWhole(build);
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aBodyAndAFrontmatterEditTogetherTakeTheWholeWay() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "Run it.", "Run it now.");
        site.edit("content/api/rest.mdx", "title: REST", "title: REST v2");
        Rebuild r = build.apply(List.of("content/guide/run.mdx", "content/api/rest.mdx"));
        assertThat(r.pagesRendered()).isEqualTo(2);
        build.settle();
        assertThat(html(build, "api/index.html")).contains("REST v2");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aBodyEditAfterAFixedFrontmatterErrorShowsThePageAgain() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "title: Run", "title: [Run");
        build.apply(List.of("content/guide/run.mdx"));
        assertThat(build.snapshot().errorsAt("guide/run/index.html")).isNotEmpty();
        site.edit("content/guide/run.mdx", "title: [Run", "title: Run");
        site.edit("content/guide/run.mdx", "Run it.", "Run it after the fix.");
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.changedUrls()).containsExactly("/guide/run/");
        assertThat(build.snapshot().errorsAt("guide/run/index.html")).isEmpty();
        assertThat(html(build, "guide/run/index.html")).contains("Run it after the fix.");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aPartialOrComponentEditAfterABodyEditKeepsTheBodyEdit() {
        TestSite site = TestSite.of(dir, SITE + """
                -- templates/components/Hello.peb --
                <b class="hello">Hello {{ name }}</b>
                """);
        IncrementalBuild build = start(site);
        site.edit("content/api/index.mdx", "<Render file=\"note\" product=\"relay\" />",
                "Edited API body.\n\n<Render file=\"note\" product=\"relay\" />\n\n<Hello name=\"api\" />");
        build.apply(List.of("content/api/index.mdx"));
        site.edit("partials/relay/note.mdx", "Shared note text.", "Changed note.");
        build.apply(List.of("partials/relay/note.mdx"));
        assertThat(html(build, "api/index.html")).contains("Edited API body.", "Changed note.", "Hello api");
        site.edit("templates/components/Hello.peb", "Hello {{ name }}", "Hi {{ name }}");
        Rebuild r = build.apply(List.of("templates/components/Hello.peb"));
        assertThat(r.changedUrls()).containsExactly("/api/");
        assertThat(html(build, "api/index.html")).contains("Edited API body.", "Changed note.", "Hi api");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aPartialEditRefreshesTheSearchIndexAndLlmsFiles() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("partials/relay/note.mdx", "Shared note text.", "Shared remark about tokens.");
        build.apply(List.of("partials/relay/note.mdx"));
        build.settle();
        assertThat(searchPages(build)).contains("Shared remark about tokens.");
        assertThat(html(build, "llms-full.txt")).contains("Shared remark about tokens.");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void anUnchangedSaveRendersNothing() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.pagesRendered()).isZero();
        assertThat(r.changedUrls()).isEmpty();
    }

    @Test
    void aTitleEditShowsTheEditedPageFirstThenLaysOutTheSectionAndTheNeighboursInTheBackground() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        List<Rebuild> later = new CopyOnWriteArrayList<>();
        build.onLaterRebuild(later::add);
        Map<String, byte[]> before = build.snapshot().files();
        site.edit("content/api/rest.mdx", "title: REST", "title: REST v2");
        Rebuild r = build.apply(List.of("content/api/rest.mdx"));
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(r.changedUrls()).containsExactly("/api/rest/");
        // the snapshot published with the reload has the edited page, its own sidebar and Markdown copy new
        SiteSnapshot first = build.snapshot();
        assertThat(new String(first.files().get("api/rest/index.html"), StandardCharsets.UTF_8)).contains("<h1 id=\"_top\">REST v2</h1>")
                .doesNotContain(">REST<");
        assertThat(new String(first.files().get("api/rest/index.md"), StandardCharsets.UTF_8)).contains("REST v2");
        build.settle();
        // the API section's index shows the new label in its sidebar; the guide's index comes next in
        // reading order, so its "previous" link names the page; the other guide pages stay as they are
        assertThat(later).hasSize(1);
        assertThat(later.get(0).layoutsRendered()).isEqualTo(2);
        assertThat(later.get(0).changedUrls()).containsExactlyInAnyOrder("/api/", "/guide/");
        assertThat(html(build, "api/index.html")).contains("REST v2");
        assertThat(html(build, "guide/index.html")).contains("REST v2");
        assertThat(html(build, "guide/run/index.html")).doesNotContain("REST v2");
        assertThat(build.snapshot().files().get("guide/run/index.html")).isSameAs(before.get("guide/run/index.html"));
        assertThat(html(build, ".quire/manifest.json")).contains("REST v2");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aTitleEditLaysOutThePageBeforeItInReadingOrderInAnotherSection() {
        TestSite site = TestSite.of(dir, SITE + """
                -- content/ops/alpha.mdx --
                ---
                title: Alpha
                ---
                First of a section without an index page.
                -- content/ops/beta.mdx --
                ---
                title: Beta
                ---
                Second.
                """);
        IncrementalBuild build = start(site);
        assertThat(html(build, "guide/run/index.html")).contains("Alpha");
        site.edit("content/ops/alpha.mdx", "title: Alpha", "title: Alpha v2");
        build.apply(List.of("content/ops/alpha.mdx"));
        build.settle();
        // guide/run is last of the guide, so its "next" link names the edited page
        assertThat(html(build, "guide/run/index.html")).contains("Alpha v2");
        assertSameAsFullBuild(site, build);
    }

    /** Applies an edit, then checks the snapshot published at once and the settled one against a full build. */
    private static Rebuild applyAndCompare(TestSite site, IncrementalBuild build, String path) {
        Rebuild r = build.apply(List.of(path));
        assertThat(r.diagnostics()).as(report(r)).noneMatch(d -> d.isError());
        assertSameAsFullBuild(site, build);
        return r;
    }

    @Test
    void frontmatterEditsOfEveryKindEndAsAFullBuildWould() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        // sidebar order: run before setup, in the sidebar and in the reading order (previous/next)
        site.edit("content/guide/run.mdx", "  order: 2", "  order: 0");
        applyAndCompare(site, build, "content/guide/run.mdx");
        assertThat(html(build, "guide/index.html")).containsSubsequence("/guide/run/", "/guide/setup/");
        // sidebar label
        site.edit("content/guide/setup.mdx", "  order: 1", "  order: 1\n  label: Setting up");
        applyAndCompare(site, build, "content/guide/setup.mdx");
        assertThat(html(build, "guide/run/index.html")).contains("Setting up");
        // deprecated added: banner, sidebar badges, the list of deprecated pages
        site.edit("content/api/rest.mdx", "title: REST\n", "title: REST\ndeprecated:\n  since: \"2.0\"\n  replacement: /guide/run/\n");
        applyAndCompare(site, build, "content/api/rest.mdx");
        assertThat(build.snapshot().files()).containsKey("deprecations/index.html");
        // the replacement's title is in the deprecated page's banner and Markdown copy
        site.edit("content/guide/run.mdx", "title: Run\n", "title: Run the gateway\n");
        applyAndCompare(site, build, "content/guide/run.mdx");
        assertThat(html(build, "api/rest/index.html")).contains("Run the gateway");
        // deprecated taken away again: the list goes
        site.edit("content/api/rest.mdx", "deprecated:\n  since: \"2.0\"\n  replacement: /guide/run/\n", "");
        applyAndCompare(site, build, "content/api/rest.mdx");
        assertThat(build.snapshot().files()).doesNotContainKey("deprecations/index.html");
        // draft on: the page goes, from the output, the sidebars and the sitemap; draft off: it comes back
        site.edit("content/guide/setup.mdx", "title: Set up\n", "title: Set up\ndraft: true\n");
        Rebuild off = applyAndCompare(site, build, "content/guide/setup.mdx");
        assertThat(off.changedUrls()).contains("/guide/setup/");
        assertThat(build.snapshot().files()).doesNotContainKey("guide/setup/index.html");
        assertThat(html(build, "sitemap.xml")).doesNotContain("/guide/setup/");
        site.edit("content/guide/setup.mdx", "draft: true\n", "");
        applyAndCompare(site, build, "content/guide/setup.mdx");
        assertThat(html(build, "guide/run/index.html")).contains("/guide/setup/");
    }

    @Test
    void aTitleEditRendersAgainThePagesWhoseBodyListsOtherPages() {
        TestSite site = TestSite.of(dir, SITE.replace("The guide.", "The guide.\n\n<DirectoryListing />") + """
                -- content/guide/old.mdx --
                ---
                title: Old way
                ---
                <Deprecated since="1.0" replacement="/guide/run/">Use the new way.</Deprecated>
                """);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "title: Run\n", "title: Run it all\ndescription: Everything at once.\n");
        Rebuild r = applyAndCompare(site, build, "content/guide/run.mdx");
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(html(build, "guide/index.html")).contains("Everything at once.");
        assertThat(html(build, "guide/old/index.html")).contains("Run it all");
    }

    @Test
    void inALargeSectionATitleEditLaysOutOnlyThePagesThatShowIt() {
        StringBuilder files = new StringBuilder(SITE);
        for (int f = 0; f < 4; f++) {
            for (int i = 0; i < 50; i++) {
                files.append("-- content/big/f").append(f).append("/p").append(i).append(".mdx --\n---\ntitle: Page ")
                        .append(f).append('.').append(i).append("\n---\nText.\n");
            }
        }
        TestSite site = TestSite.of(dir, files.toString());
        IncrementalBuild build = start(site);
        List<Rebuild> later = new CopyOnWriteArrayList<>();
        build.onLaterRebuild(later::add);
        site.edit("content/big/f2/p7.mdx", "title: Page 2.7", "title: Renamed page");
        applyAndCompare(site, build, "content/big/f2/p7.mdx");
        // the folder's own pages show it (folders elsewhere in the section are one link each), and so do the neighbours
        assertThat(later).hasSize(1);
        assertThat(later.get(0).layoutsRendered()).isBetween(49, 52);
        assertThat(html(build, "big/f2/p0/index.html")).contains("Renamed page");
        assertThat(html(build, "big/f1/p0/index.html")).doesNotContain("Renamed page");
    }

    @Test
    void aPartialEditRendersThePagesThatUseIt() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("partials/relay/note.mdx", "Shared note text.", "Changed note.");
        Rebuild r = build.apply(List.of("partials/relay/note.mdx"));
        assertThat(r.kinds()).containsExactly(ChangeKind.PARTIAL);
        assertThat(r.pagesRendered()).isEqualTo(2);
        assertThat(r.changedUrls()).containsExactlyInAnyOrder("/guide/setup/", "/api/");
        assertThat(html(build, "guide/setup/index.html")).contains("Changed note.");
    }

    @Test
    void addingAndRemovingAPageUpdatesSidebarsSitemapAndOutput() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.write("content/api/grpc.mdx", "---\ntitle: gRPC\n---\nStreams.\n");
        Rebuild r = build.apply(List.of("content/api/grpc.mdx"));
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(html(build, "api/grpc/index.html")).contains("Streams.");
        build.settle();
        assertThat(html(build, "api/rest/index.html")).contains("gRPC");
        assertThat(html(build, "sitemap.xml")).contains("/api/grpc/");
        site.delete("content/api/grpc.mdx");
        r = build.apply(List.of("content/api/grpc.mdx"));
        assertThat(r.changedUrls()).contains("/api/grpc/");
        assertThat(build.snapshot().files()).doesNotContainKey("api/grpc/index.html");
        build.settle();
        assertThat(html(build, "api/rest/index.html")).doesNotContain("gRPC");
        assertThat(html(build, "sitemap.xml")).doesNotContain("/api/grpc/");
    }

    @Test
    void aBrokenPageKeepsItsLastGoodHtmlAndCarriesItsErrorUntilFixed() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/guide/run.mdx", "Run it.", "Run <Calout>it</Calout>.");
        Rebuild r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.changedUrls()).containsExactly("/guide/run/");
        assertThat(build.snapshot().errorsAt("guide/run/index.html")).extracting(d -> d.position().toString())
                .containsExactly("content/guide/run.mdx:6:6");
        assertThat(html(build, "guide/run/index.html")).contains("Run it.");
        site.edit("content/guide/run.mdx", "Run <Calout>it</Calout>.", "Run it again.");
        r = build.apply(List.of("content/guide/run.mdx"));
        assertThat(r.changedUrls()).containsExactly("/guide/run/");
        assertThat(build.snapshot().errorsAt("guide/run/index.html")).isEmpty();
        assertThat(html(build, "guide/run/index.html")).contains("Run it again.");
    }

    @Test
    void brokenFrontmatterIsAnErrorOfThatPageOnly() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.edit("content/api/rest.mdx", "title: REST", "title: [REST");
        build.apply(List.of("content/api/rest.mdx"));
        assertThat(build.snapshot().errorsAt("api/rest/index.html")).isNotEmpty();
        assertThat(build.snapshot().errorsAt("api/index.html")).isEmpty();
        site.edit("content/api/rest.mdx", "title: [REST", "title: REST v2");
        Rebuild r = build.apply(List.of("content/api/rest.mdx"));
        assertThat(build.snapshot().errorsAt("api/rest/index.html")).isEmpty();
        assertThat(html(build, "api/rest/index.html")).contains("REST v2");
        assertThat(r.changedUrls()).contains("/api/rest/");
    }

    @Test
    void aSiteYamlErrorConcernsEveryPageAndTheFixRebuildsEverything() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.write("site.yaml", "title: [Docs\n");
        Rebuild r = build.apply(List.of("site.yaml"));
        assertThat(r.everything()).isTrue();
        assertThat(build.snapshot().errorsAt("api/rest/index.html")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.position().file()).isEqualTo("site.yaml"));
        site.write("site.yaml", "title: New Docs\n");
        r = build.apply(List.of("site.yaml"));
        assertThat(r.pagesRendered()).isEqualTo(6);
        assertThat(build.snapshot().siteErrors()).isEmpty();
        assertThat(html(build, "api/rest/index.html")).contains("New Docs");
    }

    @Test
    void aComponentTemplateEditRendersThePagesUsingIt() {
        TestSite site = TestSite.of(dir, SITE + """
                -- templates/components/Hello.peb --
                <b class="hello">Hello {{ name }}</b>
                -- content/guide/hello.mdx --
                ---
                title: Hi
                ---
                <Hello name="you" />
                """);
        IncrementalBuild build = start(site);
        site.edit("templates/components/Hello.peb", "Hello {{ name }}", "Hi {{ name }}");
        Rebuild r = build.apply(List.of("templates/components/Hello.peb"));
        assertThat(r.pagesRendered()).isEqualTo(1);
        assertThat(html(build, "guide/hello/index.html")).contains("Hi you");
    }

    @Test
    void aStaticFileIsCopiedAndRemoved() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.write("static/img/a.txt", "A");
        Rebuild r = build.apply(List.of("static/img/a.txt"));
        assertThat(r.pagesRendered()).isZero();
        assertThat(r.changedUrls()).containsExactly("/img/a.txt");
        assertThat(build.snapshot().files()).containsKey("img/a.txt");
        site.delete("static/img/a.txt");
        build.apply(List.of("static/img/"));
        assertThat(build.snapshot().files()).doesNotContainKey("img/a.txt");
    }

    @Test
    void aRenamedFolderMovesItsPages() throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        java.nio.file.Files.move(dir.resolve("content/api"), dir.resolve("content/reference"));
        Rebuild r = build.apply(List.of("content/api", "content/reference"));
        assertThat(r.pagesRendered()).isEqualTo(2);
        assertThat(build.snapshot().files()).containsKey("reference/rest/index.html").doesNotContainKey("api/rest/index.html");
    }

    private static String theme(String name) {
        try (java.io.InputStream in = IncrementalBuildSiteTest.class.getClassLoader().getResourceAsStream("dev/quire/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLayoutTemplateEditLaysEveryPageOutAroundItsKeptBodyAndEndsAsAFullBuildWould() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        site.write("templates/layouts/page.peb", theme("layouts/page.peb").replace("<main id=\"content\"", "<main data-edit=\"1\" id=\"content\""));
        Rebuild r = build.apply(List.of("templates/layouts/page.peb"));
        assertThat(r.diagnostics()).as(report(r)).isEmpty();
        assertThat(r.everything()).isFalse();
        assertThat(r.pagesRendered()).isZero();
        assertThat(r.layoutsRendered()).isEqualTo(6);
        assertThat(r.changedUrls()).contains("/", "/guide/setup/", "/api/rest/");
        assertThat(html(build, "guide/run/index.html")).contains("data-edit=\"1\"").contains("Run it.");
        assertSameAsFullBuild(site, build);
        site.delete("templates/layouts/page.peb");
        r = build.apply(List.of("templates/layouts/page.peb"));
        assertThat(r.everything()).isFalse();
        assertThat(html(build, "guide/run/index.html")).doesNotContain("data-edit");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aSidebarOrAssetEditIsLaidOutAndTheOldHashedAssetGoes() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        List<String> before = build.snapshot().files().keySet().stream().filter(f -> f.startsWith("assets/theme.")).toList();
        site.write("templates/assets/theme.css", theme("assets/theme.css") + "\n.edited { color: red; }\n");
        Rebuild r = build.apply(List.of("templates/assets/theme.css"));
        assertThat(r.everything()).isFalse();
        assertThat(r.layoutsRendered()).isEqualTo(6);
        assertThat(build.snapshot().files().keySet()).doesNotContainAnyElementsOf(before.stream().filter(f -> f.endsWith(".css")).toList());
        assertSameAsFullBuild(site, build);
        site.write("templates/sidebar.peb", theme("sidebar.peb") + "<!-- edited sidebar -->\n");
        r = build.apply(List.of("templates/sidebar.peb"));
        assertThat(r.everything()).isFalse();
        assertThat(html(build, "guide/setup/index.html")).contains("edited sidebar");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aTemplateThatAComponentLoadsRendersEveryPage() {
        TestSite site = TestSite.of(dir, SITE + """
                -- templates/components/Hello.peb --
                {% import "includes/hello.peb" %}{{ greet(name) }}
                -- templates/includes/hello.peb --
                {% macro greet(name) %}<b class="hello">Hello {{ name }}</b>{% endmacro %}
                -- content/guide/hello.mdx --
                ---
                title: Hi
                ---
                <Hello name="you" />
                """);
        IncrementalBuild build = start(site);
        site.edit("templates/includes/hello.peb", "Hello {{ name }}", "Hi {{ name }}");
        Rebuild r = build.apply(List.of("templates/includes/hello.peb"));
        assertThat(r.everything()).isTrue();
        assertThat(html(build, "guide/hello/index.html")).contains("Hi you");
        assertSameAsFullBuild(site, build);
    }

    @Test
    void aBrokenLayoutIsAnErrorOfEveryPageUntilFixedAndTheFixShowsThemAgain() {
        TestSite site = TestSite.of(dir, SITE);
        IncrementalBuild build = start(site);
        String good = theme("layouts/page.peb");
        site.write("templates/layouts/page.peb", good.replace("{% endblock %}", "{% endblok %}"));
        Rebuild r = build.apply(List.of("templates/layouts/page.peb"));
        assertThat(r.everything()).isFalse();
        assertThat(build.snapshot().errorsAt("api/rest/index.html")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.position().file()).isEqualTo("templates/layouts/page.peb"));
        assertThat(html(build, "api/rest/index.html")).contains("Plain text.");
        site.write("templates/layouts/page.peb", good.replace("<main id=\"content\"", "<main data-edit=\"2\" id=\"content\""));
        r = build.apply(List.of("templates/layouts/page.peb"));
        assertThat(build.snapshot().errorsAt("api/rest/index.html")).isEmpty();
        assertThat(r.changedUrls()).contains("/api/rest/");
        assertThat(html(build, "api/rest/index.html")).contains("data-edit=\"2\"");
        assertSameAsFullBuild(site, build);
    }
}
