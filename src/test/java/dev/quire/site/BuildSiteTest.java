package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of the build pipeline: each writes a small site, builds it, and reads its HTML. */
class BuildSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Relay Docs
            url: https://docs.example.com
            edit_url: https://code.example.com/edit/main/
            -- content/index.mdx --
            ---
            title: Welcome
            description: Relay routes model requests.
            ---
            Start with [the guide](/guide/).
            -- content/guide/index.mdx --
            ---
            title: Guide
            sidebar:
              order: 1
            ---
            ## First steps
            ### Install
            ### Configure
            ## First steps
            ## Custom {#my-id}
            -- content/guide/setup.mdx --
            ---
            title: Set up
            sidebar:
              order: 2
              badge: New
            ---
            Text with a `code` span.
            -- content/guide/advanced/index.mdx --
            ---
            title: Advanced
            sidebar:
              order: 3
            ---
            -- content/guide/advanced/tuning.mdx --
            ---
            title: Tuning
            ---
            Tune it.
            -- content/api/index.mdx --
            ---
            title: API
            sidebar:
              order: 2
            ---
            -- content/api/rest.mdx --
            ---
            title: REST API
            ---
            """;

    private TestSite site() {
        return TestSite.of(dir, SITE).build();
    }

    @Test
    void writesOnePagePerSourceAtItsUrl() {
        TestSite site = site();
        for (String f : List.of("index.html", "guide/index.html", "guide/setup/index.html",
                "guide/advanced/index.html", "guide/advanced/tuning/index.html", "api/index.html", "api/rest/index.html",
                "404.html", "sitemap.xml", ".quire/manifest.json")) {
            assertThat(site.exists(f)).as(f).isTrue();
        }
    }

    @Test
    void titleDescriptionCanonicalAndMain() {
        Document setup = site().html("guide/setup/index.html");
        assertThat(setup.title()).isEqualTo("Set up — Relay Docs");
        assertThat(setup.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://docs.example.com/guide/setup/");
        assertThat(setup.selectFirst("main h1").ownText()).isEqualTo("Set up");
        assertThat(setup.selectFirst("main").text()).contains("Text with a code span.");
        Document home = TestSite.of(dir, SITE).build().html("index.html");
        assertThat(home.title()).isEqualTo("Relay Docs");
        assertThat(home.selectFirst("meta[name=description]").attr("content")).isEqualTo("Relay routes model requests.");
    }

    @Test
    void headingsGetUniqueIdsSelfLinksAndTheTocListsH2AndH3() {
        Document guide = site().html("guide/index.html");
        assertThat(guide.select("main h2, main h3").eachAttr("id"))
                .containsExactly("first-steps", "install", "configure", "first-steps-1", "my-id");
        assertThat(guide.selectFirst("#my-id").text()).isEqualTo("Custom");
        assertThat(guide.select("a.anchor-link").eachAttr("href")).contains("#first-steps", "#my-id");
        List<String> toc = guide.select(".toc a[href^=#]").eachAttr("href");
        assertThat(toc).containsSubsequence("#first-steps", "#install", "#configure", "#first-steps-1", "#my-id");
    }

    @Test
    void sidebarShowsTheOwnSectionTreeOtherSectionsAsOneLinkAndMarksTheCurrentPage() {
        Document setup = site().html("guide/setup/index.html");
        assertThat(setup.select("a.sb-link[aria-current=page]").eachAttr("href")).containsExactly("/guide/setup/");
        assertThat(setup.select("details.sb-group[open]").eachAttr("data-group")).containsExactly("guide/");
        assertThat(setup.select(".sidebar a.sb-link").eachAttr("href"))
                .containsExactly("/guide/", "/guide/setup/", "/guide/advanced/", "/guide/advanced/tuning/");
        assertThat(setup.select(".sidebar a.sb-section").eachAttr("href")).containsExactly("/api/");
        assertThat(setup.select("a[aria-current=page] .badge").text()).isEqualTo("New");
        Document tuning = TestSite.of(dir, SITE).build().html("guide/advanced/tuning/index.html");
        assertThat(tuning.select("details.sb-group[open]").eachAttr("data-group")).containsExactly("guide/", "guide/advanced/");
    }

    @Test
    void inALargeSectionOnlyTheFoldersOnThePagesPathListTheirPages() {
        TestSite site = TestSite.of(dir, SITE);
        for (String folder : List.of("big/a", "big/b")) {
            site.write("content/" + folder + "/index.mdx", "---\ntitle: Folder " + folder + "\n---\n");
            for (int i = 0; i < 80; i++) site.write("content/" + folder + "/p" + i + ".mdx", "---\ntitle: P" + i + "\n---\n");
        }
        site.build();
        Document page = site.html("big/a/p7/index.html");
        assertThat(page.select(".sidebar a.sb-link[href^=/big/a/p]")).hasSize(80);
        assertThat(page.select(".sidebar a.sb-link[href^=/big/b/p]")).isEmpty();
        assertThat(page.select(".sidebar a.sb-link[href=/big/b/]")).hasSize(1);
        assertThat(page.select("a.sb-link[aria-current=page]").eachAttr("href")).containsExactly("/big/a/p7/");
        assertThat(page.select("details.sb-group[open]").eachAttr("data-group")).containsExactly("big/", "big/a/");
        assertThat(page.select(".sidebar a.sb-link[href=/big/b/] .sb-more").text()).isEqualTo("›");
        // the theme writes characters beyond ASCII as references: a page of ASCII text stays an ASCII
        // string from the layout to its bytes (one such character made every page a UTF-16 string)
        assertThat(site.file("big/a/p7/index.html").chars().filter(c -> c > 0x7F).count()).isZero();
        Document small = site.html("guide/setup/index.html");
        assertThat(small.select(".sidebar a.sb-link[href^=/guide/advanced/tuning]")).hasSize(1);
    }

    @Test
    void breadcrumbsPrevNextAndEditLink() {
        Document tuning = site().html("guide/advanced/tuning/index.html");
        assertThat(tuning.select(".breadcrumbs a").eachText()).containsSubsequence("Guide", "Advanced");
        assertThat(tuning.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/guide/advanced/");
        assertThat(tuning.selectFirst("a[rel=next]").attr("href")).isEqualTo("/api/");
        assertThat(tuning.select(".edit-link a").attr("href"))
                .isEqualTo("https://code.example.com/edit/main/content/guide/advanced/tuning.mdx");
    }

    @Test
    void sitemapAndManifestListEveryPage() {
        TestSite site = site();
        assertThat(site.file("sitemap.xml")).contains("<loc>https://docs.example.com/</loc>",
                "<loc>https://docs.example.com/guide/advanced/tuning/</loc>");
        assertThat(site.file(".quire/manifest.json"))
                .contains("\"url\" : \"/api/rest/\"", "\"source\" : \"content/api/rest.mdx\"");
        assertThat(site.html("404.html").title()).contains("Page not found");
    }

    @Test
    void themeAssetsHaveContentHashedNamesAndStaticFilesAreCopied() throws Exception {
        TestSite site = TestSite.of(dir, SITE).write("static/img/logo.svg", "<svg/>").build();
        String css = site.html("index.html").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/theme\\.[0-9a-f]{8}\\.css");
        assertThat(site.exists(css.substring(1))).isTrue();
        assertThat(site.file("img/logo.svg")).isEqualTo("<svg/>");
    }

    @Test
    void aSiteUnderASubPathLinksWithItsBasePath() {
        TestSite site = TestSite.of(dir, SITE.replace("url: https://docs.example.com", "url: https://example.com/docs/")).build();
        Document setup = site.html("guide/setup/index.html");
        assertThat(setup.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/docs/guide/setup/");
        assertThat(setup.select("a.sb-link[aria-current=page]").attr("href")).isEqualTo("/docs/guide/setup/");
        assertThat(setup.selectFirst("a.site-title").attr("href")).isEqualTo("/docs/");
        assertThat(setup.selectFirst("link[rel=stylesheet]").attr("href")).startsWith("/docs/assets/theme.");
        assertThat(site.file("sitemap.xml")).contains("<loc>https://example.com/docs/guide/setup/</loc>");
    }

    @Test
    void withoutAUrlThereIsNoSitemap() {
        TestSite site = TestSite.of(dir, SITE.replace("url: https://docs.example.com\n", "")).build();
        assertThat(site.exists("sitemap.xml")).isFalse();
        assertThat(site.html("guide/index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/guide/");
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.of(dir, SITE).write("content/wip.mdx", "---\ntitle: WIP\ndraft: true\n---\n").build();
        assertThat(site.exists("wip/index.html")).isFalse();
        site.tryBuild(new dev.quire.build.BuildOptions(dir, site.out(), true));
        assertThat(site.exists("wip/index.html")).isTrue();
    }

    @Test
    void aSiteTemplateOverridesOneThemeFile() {
        TestSite site = TestSite.of(dir, SITE)
                .write("templates/layouts/plain.peb", "<main>{{ page.title }}|{{ page.content | raw }}</main>")
                .write("content/plain.mdx", "---\ntitle: Plain\ntemplate: plain\n---\nHi\n").build();
        assertThat(site.file("plain/index.html")).isEqualTo("<main>Plain|<p>Hi</p>\n</main>");
        assertThat(site.html("index.html").select(".sidebar")).isNotEmpty();
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        TestSite site = site();
        List<Path> first = files(site.out());
        List<byte[]> bytes = first.stream().map(p -> read(site.out().resolve(p))).toList();
        site.build();
        List<Path> second = files(site.out());
        assertThat(second).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) assertThat(read(site.out().resolve(second.get(i)))).as(first.get(i).toString()).isEqualTo(bytes.get(i));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouchedAndReportsEveryError() {
        TestSite site = site();
        String before = site.file("guide/setup/index.html");
        site.write("content/broken.mdx", "---\ntitle: [unclosed\n---\n")
                .write("content/untitled.mdx", "---\ndescription: no title\n---\n");
        BuildResult r = site.tryBuild();
        assertThat(r.failed()).isTrue();
        assertThat(site.report()).isEqualTo("""
                content/broken.mdx:3:1: error: invalid YAML: expected ',' or ']', but got <stream end>
                  ---
                  ^
                content/untitled.mdx:1:1: error: page has no title
                  ---
                  ^
                  hint: add `title: …` to the frontmatter between the --- lines at the top
                """);
        assertThat(site.file("guide/setup/index.html")).isEqualTo(before);
        assertThat(site.exists("broken/index.html")).isFalse();
        assertThat(Files.exists(dir.resolve(".quire-tmp-dist"))).isFalse();
    }

    @Test
    void unknownLayoutNamesTheLayoutsThatExist() {
        TestSite site = TestSite.of(dir, SITE).write("content/x.mdx", "---\ntitle: X\ntemplate: wide\n---\n");
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                content/x.mdx:3:1: error: unknown layout 'wide'
                  template: wide
                  ^
                  hint: layouts: 404, base, deprecations, page; or create templates/layouts/wide.peb
                """);
    }

    @Test
    void twoFilesAtOneUrlAreAnError() {
        TestSite site = TestSite.of(dir, SITE).write("content/api/rest/index.mdx", "---\ntitle: Dup\n---\n");
        site.tryBuild();
        assertThat(site.report()).startsWith(
                "content/api/rest/index.mdx:1:1: error: two pages are published at /api/rest/: this file and content/api/rest.mdx\n");
    }

    @Test
    void templateErrorsPointAtTheTemplateLine() {
        TestSite site = TestSite.of(dir, SITE).write("templates/layouts/page.peb", "<html>\n{{ page.nope }}\n</html>");
        site.tryBuild();
        assertThat(site.report()).startsWith("templates/layouts/page.peb:2:1: error: ");
    }

    private static List<Path> files(Path root) throws Exception {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
