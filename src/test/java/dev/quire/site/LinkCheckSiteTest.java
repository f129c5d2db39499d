package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Links resolved as a browser would, under a base path: relative forms, files, ids from partials and HTML, redirects with splats. */
class LinkCheckSiteTest {

    @TempDir
    Path dir;

    @Test
    void resolvesLinksAsABrowserWouldUnderABasePath() {
        TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                url: https://example.com/docs
                check:
                  rules:
                    missing-description: off
                -- static/img/logo.png --
                png
                -- redirects/docs.txt --
                /old/* /guide/:splat 301
                -- partials/guide/steps.mdx --
                ## Shared step

                Back to [the setup](../setup/#install).
                -- content/index.mdx --
                ---
                title: Home
                ---
                -- content/guide/setup.mdx --
                ---
                title: Setup
                ---
                ## Install {#install}

                <div id="panel">Panel</div>

                <Render file="steps" />

                Fine: [run](../run/), [run](/docs/guide/run), [same](#install), [step](/docs/guide/setup/#shared-step),
                [panel](#panel), ![logo](/docs/img/logo.png), [logo](../../img/logo.png), [home](/docs/), [run](/docs/guide/run/index.html?x=1).

                Wrong: [run](run), [outside](/guide/run/), [old](/docs/old/run/), [missing](#instal).
                -- content/guide/run.mdx --
                ---
                title: Run
                ---
                <Render file="steps" />
                """);
        TestSite.Run run = TestSite.cli("check", "--source", dir.toString());
        assertThat(run.err()).isEqualTo("""
                content/guide/setup.mdx:13:14: error: link run leads nowhere: /docs/guide/setup/run is no page or file of this site [broken-link]
                  Wrong: [run](run), [outside](/guide/run/), [old](/docs/old/run/), [missing](#instal).
                               ^
                  hint: did you mean /docs/guide/setup/? link to a page's URL (e.g. /guide/setup/) or to a file under static/
                content/guide/setup.mdx:13:30: error: link /guide/run/ leaves the site: it is served under /docs/ [broken-link]
                  Wrong: [run](run), [outside](/guide/run/), [old](/docs/old/run/), [missing](#instal).
                                               ^
                  hint: write /docs/guide/run/
                content/guide/setup.mdx:13:50: warning: /docs/old/run/ is redirected to /docs/guide/run/ [link-to-redirect]
                  Wrong: [run](run), [outside](/guide/run/), [old](/docs/old/run/), [missing](#instal).
                                                                   ^
                  hint: link to /docs/guide/run/ directly
                content/guide/setup.mdx:13:77: error: #instal is no id on this page [broken-anchor]
                  Wrong: [run](run), [outside](/guide/run/), [old](/docs/old/run/), [missing](#instal).
                                                                                              ^
                  hint: did you mean #install? link to a heading's id (its text in lower case, spaces as -) or to {#custom-id}
                check failed: 3 errors, 1 warning
                """);
    }

    @Test
    void anHtmlIdThatAHeadingAlsoGetsIsADuplicate() {
        TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                -- content/index.mdx --
                ---
                title: Home
                description: Ids.
                ---
                <div id="setup">Panel</div>

                ## Setup
                """);
        TestSite.Run run = TestSite.cli("check", "--source", dir.toString());
        assertThat(run.err()).isEqualTo("""
                content/index.mdx:7:1: error: this heading's id 'setup' is already used on this page, at content/index.mdx:5:10 [duplicate-id]
                  ## Setup
                  ^
                  hint: give one of them another id: links to #setup reach only the first
                check failed: 1 error, 0 warnings
                """);
    }
}
