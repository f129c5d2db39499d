package dev.quire.site;

import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Partials: params, defaults, nesting, headings, cycles, missing files, traversal, dependency record. */
class PartialSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            -- partials/relay/setup.mdx --
            ---
            params:
              - name
              - request
              - notes?
            ---
            ## Connect {props.name}

            Send requests to **{props.name}** through Relay.{props.notes}

            <Code code={props.request} lang="json" title="request.json" />

            <Render file="tip" product="relay" params={{ who: props.name }} />
            -- partials/relay/tip.mdx --
            ---
            params: [who]
            ---
            :::tip[Keys]
            Add the {props.who} key first.
            :::
            -- content/providers/openai.mdx --
            ---
            title: OpenAI
            ---
            import { Render } from "~/components";

            <Render
            	file="setup"
            	product="relay"
            	params={{
            		name: "OpenAI",
            		request: `
            {"model": "gpt-5"}`,
            	}}
            />
            """;

    @Test
    void rendersTheParamsNestedPartialsAndHeadingsIntoThePage() {
        TestSite site = TestSite.of(dir, SITE).build();
        Document page = site.html("providers/openai/index.html");
        assertThat(page.selectFirst("main h2").id()).isEqualTo("connect-openai");
        assertThat(page.selectFirst("main h2").text()).isEqualTo("Connect OpenAI");
        assertThat(page.select(".toc a[href=#connect-openai]")).isNotEmpty();
        assertThat(page.selectFirst("main p strong").text()).isEqualTo("OpenAI");
        assertThat(page.selectFirst("main figure.code-block .code-title").text()).isEqualTo("request.json");
        assertThat(page.selectFirst("main figure.code-block code").text()).isEqualTo("{\"model\": \"gpt-5\"}");
        assertThat(page.selectFirst("main aside.aside-tip").text()).contains("Keys", "Add the OpenAI key first.");
        assertThat(page.selectFirst("main").html()).doesNotContain("props.", "&lt;Render");
        assertThat(page.select("main p").text()).doesNotContain("{", "}");
    }

    @Test
    void theManifestRecordsEveryPartialOfAPageThroughTheChain() {
        TestSite site = TestSite.of(dir, SITE).build();
        assertThat(site.file(".quire/manifest.json")).contains("""
                "partials" : [ "partials/relay/setup.mdx", "partials/relay/tip.mdx" ]""");
    }

    @Test
    void productDefaultsToThePagesFirstFolder() {
        TestSite site = TestSite.of(dir, SITE)
                .write("partials/providers/note.mdx", "Shared note.\n")
                .write("content/providers/other.mdx", "---\ntitle: Other\n---\n<Render file=\"note\" />\n")
                .build();
        assertThat(site.html("providers/other/index.html").selectFirst("main p").text()).isEqualTo("Shared note.");
    }

    @Test
    void missingAndUnknownParamsAreErrorsAtTheRender() {
        TestSite site = TestSite.of(dir, SITE).write("content/providers/bad.mdx", """
                ---
                title: Bad
                ---
                <Render file="setup" product="relay" params={{ nmae: "X", request: "{}" }} />
                """);
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                content/providers/bad.mdx:4:1: error: missing param 'name' for partial partials/relay/setup.mdx
                  <Render file="setup" product="relay" params={{ nmae: "X", request: "{}" }} />
                  ^
                  hint: pass it: params={{ name: "…" }}, or mark it optional in the partial: name?
                content/providers/bad.mdx:4:1: error: unknown param 'nmae' for partial partials/relay/setup.mdx
                  <Render file="setup" product="relay" params={{ nmae: "X", request: "{}" }} />
                  ^
                  hint: did you mean 'name'? params of partials/relay/setup.mdx: name, request, notes?
                """);
    }

    @Test
    void aMissingPartialSuggestsTheNearestName() {
        TestSite site = TestSite.of(dir, SITE).write("content/x.mdx", "---\ntitle: X\n---\n<Render file=\"stup\" product=\"relay\" />\n");
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                content/x.mdx:4:1: error: no partial partials/relay/stup.mdx
                  <Render file="stup" product="relay" />
                  ^
                  hint: did you mean file="setup"? partials of relay: setup, tip; or create partials/relay/stup.mdx
                """);
    }

    @Test
    void aCycleNamesTheChainOfFiles() {
        TestSite site = TestSite.of(dir, SITE)
                .write("partials/loop/a.mdx", "A\n\n<Render file=\"b\" product=\"loop\" />\n")
                .write("partials/loop/b.mdx", "B\n\n<Render file=\"a\" product=\"loop\" />\n")
                .write("content/loop.mdx", "---\ntitle: Loop\n---\n<Render file=\"a\" product=\"loop\" />\n");
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                partials/loop/b.mdx:3:1: error: partial cycle: content/loop.mdx → partials/loop/a.mdx → partials/loop/b.mdx → partials/loop/a.mdx
                  <Render file="a" product="loop" />
                  ^
                  hint: remove the <Render> that includes partials/loop/a.mdx again
                  note: included from partials/loop/a.mdx:3:1
                """);
    }

    @Test
    void namesThatLeaveThePartialsFolderAreRefused() {
        TestSite site = TestSite.of(dir, SITE).write("secret.mdx", "secret\n")
                .write("content/x.mdx", "---\ntitle: X\n---\n<Render file=\"../../secret\" product=\"relay\" />\n");
        site.tryBuild();
        assertThat(site.report()).startsWith(
                "content/x.mdx:4:1: error: partial name 'relay/../../secret' leaves the partials/ folder\n");
        assertThat(site.report()).doesNotContain("secret\n");
    }

    @Test
    void anErrorInsideAPartialNamesThePartialLineAndThePageThatIncludedIt() {
        TestSite site = TestSite.of(dir, SITE)
                .write("partials/relay/broken.mdx", "Intro\n\n<Tabz>\nx\n</Tabz>\n")
                .write("content/x.mdx", "---\ntitle: X\n---\n<Render file=\"broken\" product=\"relay\" />\n");
        site.tryBuild();
        assertThat(site.report()).startsWith("""
                partials/relay/broken.mdx:3:2: error: unknown component <Tabz>
                  <Tabz>
                   ^
                """).contains("  note: included from content/x.mdx:4:1\n");
    }

    @Test
    void propsOutsideAPartialAreAnError() {
        TestSite site = TestSite.of(dir, SITE).write("content/x.mdx", "---\ntitle: X\n---\nHello {props.name}\n");
        site.tryBuild();
        assertThat(site.report()).startsWith("content/x.mdx:4:7: error: {props.name} is only available inside a partial\n");
    }
}
