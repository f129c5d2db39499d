package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Deprecated pages (banner, sidebar badge, noindex on request, /deprecations/) and the inline Deprecated note. */
class DeprecationSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            Home.
            -- content/api/rest.mdx --
            ---
            title: REST API
            sidebar:
              label: REST
            ---
            The current API.
            -- content/api/compat.mdx --
            ---
            title: Compatibility endpoint
            deprecated:
              since: "2026-03-01"
              message: "It stops on 2026-09-01."
              replacement: /api/rest/
            ---
            Old API.
            -- content/api/legacy.mdx --
            ---
            title: Legacy headers
            deprecated: true
            ---
            Old headers.
            """;

    @Test
    void aDeprecatedPageHasABannerWithDateMessageAndTheReplacementsTitle() {
        Document html = TestSite.of(dir, SITE).build().html("api/compat/index.html");
        Element banner = html.selectFirst("main .deprecated-banner");
        assertThat(banner.attr("role")).isEqualTo("note");
        assertThat(banner.text()).isEqualTo("Deprecated since 2026-03-01. It stops on 2026-09-01. Use REST API instead.");
        assertThat(banner.selectFirst("time").text()).isEqualTo("2026-03-01");
        assertThat(banner.selectFirst("a").attr("href")).isEqualTo("/api/rest/");
        assertThat(banner.nextElementSibling().is("header.page-header")).as("the banner sits above the title").isTrue();
        assertThat(html.select("meta[name=robots]")).as("no noindex unless site.yaml asks").isEmpty();
    }

    @Test
    void deprecatedTrueGetsABannerWithoutDetails() {
        Document html = TestSite.of(dir, SITE).build().html("api/legacy/index.html");
        assertThat(html.selectFirst("main .deprecated-banner").text()).isEqualTo("Deprecated");
        assertThat(TestSite.of(dir, SITE).build().html("api/rest/index.html").select(".deprecated-banner")).isEmpty();
    }

    @Test
    void theSidebarMarksDeprecatedPages() {
        Document html = TestSite.of(dir, SITE).build().html("api/rest/index.html");
        Element link = html.selectFirst(".sidebar a.sb-link[href=/api/compat/]");
        assertThat(link.selectFirst(".badge").text()).isEqualTo("Deprecated");
        assertThat(link.selectFirst(".badge").hasClass("badge-caution")).isTrue();
    }

    @Test
    void noindexOnlyWhenTheSiteAsks() {
        TestSite site = TestSite.of(dir, SITE).edit("site.yaml", "title: Docs", "title: Docs\ndeprecated_noindex: true").build();
        assertThat(site.html("api/compat/index.html").select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.html("api/rest/index.html").select("meta[name=robots]")).isEmpty();
    }

    @Test
    void theDeprecationsPageListsEveryDeprecatedPageWithItsReplacement() {
        Document html = TestSite.of(dir, SITE).build().html("deprecations/index.html");
        assertThat(html.selectFirst("main h1").text()).isEqualTo("Deprecated pages");
        assertThat(html.select("main tbody tr")).extracting(Element::text).containsExactly(
                "Compatibility endpoint 2026-03-01 REST API It stops on 2026-09-01.",
                "Legacy headers — —");
        assertThat(html.select("main tbody tr:first-child a")).extracting(e -> e.attr("href"))
                .containsExactly("/api/compat/", "/api/rest/");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/deprecations/");
    }

    @Test
    void noDeprecationsPageWithoutDeprecatedPages() {
        TestSite site = TestSite.of(dir, SITE).delete("content/api/compat.mdx").delete("content/api/legacy.mdx").build();
        assertThat(site.exists("deprecations/index.html")).isFalse();
    }

    @Test
    void aReplacementThatIsNoPageIsAnErrorWithTheNearestPage() {
        BuildResult r = TestSite.of(dir, SITE).edit("content/api/compat.mdx", "replacement: /api/rest/",
                "replacement: /api/rests/").tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/api/compat.mdx:6:3: error: deprecated.replacement "/api/rests/" is no page of this site
                    replacement: /api/rests/
                    ^
                  hint: did you mean /api/rest/? write the URL of a page of this site, such as /api/compat/
                """);
    }

    @Test
    void theInlineNoteLinksItsReplacement() {
        Document html = TestSite.of(dir, SITE).write("content/api/headers.mdx", """
                ---
                title: Headers
                ---
                <Deprecated since="2026-01-15" replacement="api/rest.mdx">

                The `x-old` header is the old name of `x-new`.

                </Deprecated>
                """).build().html("api/headers/index.html");
        Element note = html.selectFirst("main .prose .deprecated-inline");
        assertThat(note.attr("role")).isEqualTo("note");
        assertThat(note.selectFirst(".deprecated-summary").text()).isEqualTo("Deprecated since 2026-01-15. Use REST API instead.");
        assertThat(note.selectFirst(".deprecated-summary a").attr("href")).isEqualTo("/api/rest/");
        assertThat(note.selectFirst(".deprecated-body").text()).isEqualTo("The x-old header is the old name of x-new.");
        assertThat(html.select("main .page-header ~ .deprecated-banner, main > .deprecated-banner")).isEmpty();
    }

    @Test
    void anInlineReplacementThatIsNoPageIsAnError() {
        BuildResult r = TestSite.of(dir, SITE).write("content/api/headers.mdx", """
                ---
                title: Headers
                ---
                Text.

                <Deprecated replacement="/api/compatibility/">
                Old.
                </Deprecated>
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/api/headers.mdx:6:25: error: replacement "/api/compatibility/" of <Deprecated> is no page of this site
                  <Deprecated replacement="/api/compatibility/">
                                          ^
                  hint: write the URL of a page of this site, such as /api/compat/
                """);
    }
}
