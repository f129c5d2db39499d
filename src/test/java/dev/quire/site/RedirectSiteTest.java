package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of redirects/*.txt: parsing, checks against the site, _redirects, forwarding pages, _headers. */
class RedirectSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Relay Docs
            url: https://docs.example.com
            -- content/index.mdx --
            ---
            title: Welcome
            ---
            -- content/get-started.mdx --
            ---
            title: Get started
            ---
            -- content/providers/index.mdx --
            ---
            title: Providers
            ---
            -- content/providers/openai.mdx --
            ---
            title: OpenAI
            ---
            -- content/configuration/caching.mdx --
            ---
            title: Caching
            ---
            -- static/downloads/relay.pdf --
            pdf
            """;

    private TestSite site(String redirects) {
        return TestSite.of(dir, SITE + "-- redirects/docs.txt --\n" + redirects);
    }

    private String errors(String redirects) {
        TestSite site = site(redirects);
        BuildResult r = site.tryBuild();
        assertThat(r.failed()).as("build should fail").isTrue();
        return site.report();
    }

    @Test
    void writesRedirectsWithChainsCollapsedAndExactRulesFirst() {
        TestSite site = site("""
                # Moved providers
                /old-providers/* /providers/:splat 301
                /quickstart/ /start/
                /start/ /get-started/ 302
                /configuration/response-caching/ /configuration/caching/#ttl 308
                /pricing https://example.com/pricing?plan=pro 307
                /manual.pdf /downloads/relay.pdf
                """).build();
        assertThat(site.file("_redirects")).isEqualTo("""
                # Written by Quire from redirects/*.txt: exact rules first, chains collapsed.
                /quickstart/ /get-started/ 301
                /start/ /get-started/ 302
                /configuration/response-caching/ /configuration/caching/#ttl 308
                /pricing https://example.com/pricing?plan=pro 307
                /manual.pdf /downloads/relay.pdf 301
                /old-providers/* /providers/:splat 301
                """);
    }

    @Test
    void eachExactSourceGetsAForwardingPage() {
        TestSite site = site("""
                /quickstart/ /get-started/
                /pricing https://example.com/pricing
                /old.html /providers/
                /manual.pdf /downloads/relay.pdf
                /old-providers/* /providers/:splat
                """).build();
        Document stub = site.html("quickstart/index.html");
        assertThat(stub.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/get-started/");
        assertThat(stub.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://docs.example.com/get-started/");
        assertThat(stub.selectFirst("body a").attr("href")).isEqualTo("/get-started/");
        assertThat(stub.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.html("pricing/index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/pricing");
        assertThat(site.html("old.html").selectFirst("body a").attr("href")).isEqualTo("/providers/");
        assertThat(site.exists("manual.pdf")).isFalse();
        assertThat(site.exists("old-providers")).isFalse();
        assertThat(site.html("providers/index.html").title()).startsWith("Providers");
    }

    @Test
    void aSiteTemplateReplacesTheForwardingPage() {
        TestSite site = site("/quickstart/ /get-started/\n")
                .write("templates/redirect.html.peb", "moved to {{ redirect.to }} ({{ redirect.status }})\n").build();
        assertThat(site.file("quickstart/index.html")).isEqualTo("moved to /get-started/ (301)\n");
    }

    @Test
    void underABasePathSourcesAndTargetsGetIt() {
        TestSite site = TestSite.of(dir, SITE.replace("https://docs.example.com", "https://example.com/docs")
                + "-- redirects/docs.txt --\n/quickstart/ /get-started/\n/old/* /providers/:splat\n").build();
        assertThat(site.file("_redirects")).contains("/docs/quickstart/ /docs/get-started/ 301\n/docs/old/* /docs/providers/:splat 301\n");
        assertThat(site.html("quickstart/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.com/docs/get-started/");
        assertThat(site.file(".quire/manifest.json")).contains("\"from\" : \"/docs/quickstart/\"");
    }

    @Test
    void aTargetWrittenWithTheBasePathIsExplained() {
        TestSite site = TestSite.of(dir, SITE.replace("https://docs.example.com", "https://example.com/docs")
                + "-- redirects/docs.txt --\n/quickstart/ /docs/get-started/\n");
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                redirects/docs.txt:1:14: error: redirect target /docs/get-started/ is not a page of this site
                  /quickstart/ /docs/get-started/
                               ^
                  hint: paths in redirects/ leave out the site's base path /docs/: write /get-started/
                """);
    }

    @Test
    void theManifestRecordsRedirects() {
        TestSite site = site("/quickstart/ /start/\n/start/ /get-started/\n").build();
        assertThat(site.file(".quire/manifest.json")).contains(String.join("\n",
                "  \"redirects\" : [ {",
                "    \"from\" : \"/quickstart/\",",
                "    \"to\" : \"/get-started/\",",
                "    \"status\" : 301",
                "  }, {"));
    }

    @Test
    void headersCacheHashedAssetsForAYearAndPagesBriefly() {
        TestSite site = site("").build();
        String headers = site.file("_headers");
        assertThat(headers).containsPattern("/assets/theme\\.[0-9a-f]{8}\\.css\n  Cache-Control: public, max-age=31536000, immutable\n");
        assertThat(headers).endsWith("""
                /
                  Cache-Control: public, max-age=0, must-revalidate
                /*/
                  Cache-Control: public, max-age=0, must-revalidate
                /*.html
                  Cache-Control: public, max-age=0, must-revalidate
                """);
        assertThat(site.exists("_redirects")).isFalse();
    }

    @Test
    void malformedLines() {
        assertThat(errors("""
                /only-source
                /a/ /get-started/ 301 Country=us
                /b/ /get-started/ 404
                /c/ /get-started/ moved
                old/ /get-started/
                https://old.example.com/x /get-started/
                /d/?x=1 /get-started/
                /e/*/f/* /get-started/
                /g/ get-started
                /h/ /providers/:splat
                /i/:lang/x /providers/:name
                """)).isEqualTo("""
                redirects/docs.txt:1:13: error: redirect '/only-source' has no target
                  /only-source
                              ^
                  hint: a rule is FROM TO [STATUS], e.g. /old-page/ /new-page/ 301
                redirects/docs.txt:2:23: error: unexpected 'Country=us' after the status
                  /a/ /get-started/ 301 Country=us
                                        ^
                  hint: a rule is FROM TO [STATUS]; host-specific options and conditions are not supported
                redirects/docs.txt:3:19: error: status 404 is not a redirect status
                  /b/ /get-started/ 404
                                    ^
                  hint: use 301 (moved permanently), 302 (found), 307 or 308; 301 is used when the status is left out
                redirects/docs.txt:4:19: error: status 'moved' is not a number
                  /c/ /get-started/ moved
                                    ^
                  hint: use 301 (moved permanently), 302 (found), 307 or 308; 301 is used when the status is left out
                redirects/docs.txt:5:1: error: redirect source 'old/' must be a path starting with /
                  old/ /get-started/
                  ^
                  hint: write /old/
                redirects/docs.txt:6:1: error: redirect source 'https://old.example.com/x' is a URL, not a path of this site
                  https://old.example.com/x /get-started/
                  ^
                  hint: write the path only, e.g. /old-page/; redirects between domains belong in the host's settings
                redirects/docs.txt:7:4: error: a redirect source cannot hold a query string or a fragment
                  /d/?x=1 /get-started/
                     ^
                  hint: hosts match the path only: write /d/
                redirects/docs.txt:8:8: error: a redirect source may hold one * only
                  /e/*/f/* /get-started/
                         ^
                  hint: use :name segments for the other parts
                redirects/docs.txt:9:5: error: redirect target 'get-started' must be a path starting with / or an absolute URL
                  /g/ get-started
                      ^
                  hint: write /get-started for a page of this site, or https://… for another site
                redirects/docs.txt:10:16: error: the target uses :splat but the source has no *
                  /h/ /providers/:splat
                                 ^
                  hint: a target can use only what its source captures
                redirects/docs.txt:11:23: error: the target uses :name but the source has no :name segment
                  /i/:lang/x /providers/:name
                                        ^
                  hint: the source captures :lang
                """);
    }

    @Test
    void commentsAndBlankLinesAndTrailingCommentsAreSkipped() {
        TestSite site = site("""
                # a comment

                  # an indented comment
                /quickstart/   /get-started/\t302 # moved in 2026
                """).build();
        assertThat(site.file("_redirects")).endsWith("/quickstart/ /get-started/ 302\n");
    }

    @Test
    void targetsThatLeadNowhere() {
        assertThat(errors("""
                /a/ /get-startd/
                /b/ /nothing-here/
                /old/* /gone/:splat
                """)).isEqualTo("""
                redirects/docs.txt:1:5: error: redirect target /get-startd/ is not a page of this site
                  /a/ /get-startd/
                      ^
                  hint: did you mean /get-started/? a target must be a page, a file in static/, another redirect's source, or an absolute URL
                redirects/docs.txt:2:5: error: redirect target /nothing-here/ is not a page of this site
                  /b/ /nothing-here/
                      ^
                  hint: a target must be a page, a file in static/, another redirect's source, or an absolute URL
                redirects/docs.txt:3:8: error: redirect target /gone/:splat leads nowhere: no page of this site starts with /gone/
                  /old/* /gone/:splat
                         ^
                  hint: a target must be a page, a file in static/, another redirect's source, or an absolute URL
                """);
    }

    @Test
    void loopsDuplicatesAndSourcesThatAreStillPages() {
        assertThat(errors("""
                /a/ /b/
                /b/ /a/
                /self/ /self
                /x/ /get-started/
                /x/ /providers/
                /providers/openai/ /providers/
                /providers/openai /providers/
                /downloads/relay.pdf /get-started/
                """)).isEqualTo("""
                redirects/docs.txt:1:5: error: redirect loop: /a/ → /b/ → /a/
                  /a/ /b/
                      ^
                  hint: point one of these rules at a page
                redirects/docs.txt:3:8: error: redirect loop: /self/ → /self/
                  /self/ /self
                         ^
                  hint: a rule must lead to another address
                redirects/docs.txt:5:1: error: duplicate redirect source /x/: it is already redirected at redirects/docs.txt:4
                  /x/ /providers/
                  ^
                  hint: keep one of the two rules
                redirects/docs.txt:6:1: error: redirect source /providers/openai/ is still a page (content/providers/openai.mdx)
                  /providers/openai/ /providers/
                  ^
                  hint: remove this rule, or delete or move the page; a redirect would hide it
                redirects/docs.txt:7:1: error: redirect source /providers/openai is still a page (content/providers/openai.mdx)
                  /providers/openai /providers/
                  ^
                  hint: remove this rule, or delete or move the page; a redirect would hide it
                redirects/docs.txt:8:1: error: redirect source /downloads/relay.pdf is a file of the site (static/downloads/relay.pdf)
                  /downloads/relay.pdf /get-started/
                  ^
                  hint: remove this rule, or the file
                """);
    }

    @Test
    void aChainThroughASplatIsCollapsed() {
        TestSite site = site("""
                /legacy/openai/ /old-providers/openai/?from=legacy
                /old-providers/* /providers/:splat
                """).build();
        assertThat(site.file("_redirects")).contains("/legacy/openai/ /providers/openai/?from=legacy 301\n");
    }

    @Test
    void aSplatThatAlsoMatchesAPageIsAWarning() {
        TestSite site = site("/providers/* /get-started/\n").build();
        assertThat(site.report()).isEqualTo("""
                redirects/docs.txt:1:1: warning: redirect /providers/* also matches the page /providers/ (content/providers/index.mdx)
                  /providers/* /get-started/
                  ^
                  hint: Cloudflare Pages follows the redirect and hides the page, Netlify serves the page; narrow the source or move the page
                """);
    }

    @Test
    void rulesOfSeveralFilesAreReadInNameOrderAndFixingAnErrorRecovers() {
        TestSite site = site("/b/ /get-started/\n").write("redirects/a.txt", "/b/ /providers/\n");
        site.tryBuild();
        assertThat(site.report()).startsWith("redirects/docs.txt:1:1: error: duplicate redirect source /b/: it is already redirected at redirects/a.txt:1\n");
        site.delete("redirects/a.txt").build();
        assertThat(site.file("_redirects")).endsWith("/b/ /get-started/ 301\n");
    }

    @Test
    void tooManyDynamicRulesForCloudflareIsAWarning() {
        StringBuilder rules = new StringBuilder();
        for (int i = 1; i <= 101; i++) rules.append("/old").append(i).append("/* /providers/:splat\n");
        TestSite site = site(rules.toString()).build();
        assertThat(site.report()).isEqualTo("""
                redirects/docs.txt:101:1: warning: this is dynamic redirect 101 of 101; Cloudflare Pages reads only the first 100 dynamic redirects and ignores the rest
                  /old101/* /providers/:splat
                  ^
                  hint: merge dynamic rules, or publish to a host without this limit
                """);
    }
}
