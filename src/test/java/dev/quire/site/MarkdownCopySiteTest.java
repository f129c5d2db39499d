package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page's index.md: clean Markdown with partials expanded and each component kind in its Markdown meaning. */
class MarkdownCopySiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            url: https://docs.example.com
            -- content/index.mdx --
            ---
            title: Home
            description: The home page.
            ---
            Welcome to **the docs**.
            -- content/guide/tabs.mdx --
            ---
            title: Install
            ---
            ## Install it

            <Tabs syncKey="pm">
            <TabItem label="npm">

            Run `npm i relay`.

            </TabItem>
            <TabItem label="pnpm">

            Run `pnpm add relay`.

            </TabItem>
            </Tabs>

            :::caution[Mind the keys]
            Keep keys out of code.
            :::

            :::tip
            A tip without a title.
            :::
            -- content/guide/code.mdx --
            ---
            title: Code
            ---
            <TypeScriptExample filename="src/index.ts">

            ```ts
            const n: number = 1;
            export { n };
            ```

            </TypeScriptExample>

            <PackageManagers pkg="relay" />
            -- content/guide/partial.mdx --
            ---
            title: With a partial
            ---
            <Render file="setup" product="relay" params={{ name: "OpenAI", slug: "openai" }} />
            -- partials/relay/setup.mdx --
            ---
            params:
              - name
              - slug
            ---
            Connect {props.name}:

            | Setting | Value |
            | --- | --- |
            | Slug | {props.slug} |
            -- content/guide/old.mdx --
            ---
            title: Old guide
            description: The old way.
            deprecated:
              since: "2026-01-01"
              message: "It goes away in June."
              replacement: /guide/tabs/
            ---
            Old text.
            """;

    @Test
    void tabsBecomeLabelledSectionsAndAsidesBlockQuotesWithTheirTitle() {
        TestSite site = TestSite.of(dir, SITE).build();
        assertThat(site.file("guide/tabs/index.md")).isEqualTo("""
                # Install

                ## Install it

                **npm**

                Run `npm i relay`.

                **pnpm**

                Run `pnpm add relay`.

                > **Mind the keys**
                >
                > Keep keys out of code.

                > **Tip**
                >
                > A tip without a title.
                """);
    }

    @Test
    void typeScriptExampleGivesBothCodeBlocksAndPackageManagersEveryCommand() {
        String md = TestSite.of(dir, SITE).build().file("guide/code/index.md");
        assertThat(md).contains("""
                **TypeScript (src/index.ts)**

                ```ts
                const n: number = 1;
                export { n };
                ```

                **JavaScript (src/index.js)**

                ```js
                const n = 1;
                export { n };
                ```
                """);
        assertThat(md).contains("**npm**\n\n```sh\nnpm i relay\n```", "**pnpm**\n\n```sh\npnpm add relay\n```",
                "**yarn**\n\n```sh\nyarn add relay\n```", "**bun**\n\n```sh\nbun add relay\n```");
    }

    @Test
    void partialsAreExpandedWithTheirParamsFilledInTablesIncluded() {
        assertThat(TestSite.of(dir, SITE).build().file("guide/partial/index.md")).isEqualTo("""
                # With a partial

                Connect OpenAI:

                | Setting | Value |
                | --- | --- |
                | Slug | openai |
                """);
    }

    @Test
    void aDeprecatedPageStartsWithANoteNamingItsReplacement() {
        assertThat(TestSite.of(dir, SITE).build().file("guide/old/index.md")).isEqualTo("""
                # Old guide

                > The old way.

                > **Deprecated** since 2026-01-01: It goes away in June. Use [Install](/guide/tabs/) instead.

                Old text.
                """);
    }

    @Test
    void everyPageLinksItsMarkdownCopyAndHasACopyButton() {
        TestSite site = TestSite.of(dir, SITE).build();
        assertThat(site.file("index.md")).isEqualTo("# Home\n\n> The home page.\n\nWelcome to **the docs**.\n");
        assertThat(site.html("guide/code/index.html").selectFirst("link[rel=alternate][type=text/markdown]").attr("href"))
                .isEqualTo("/guide/code/index.md");
        assertThat(site.html("guide/code/index.html").selectFirst("button.copy-page").attr("data-markdown"))
                .isEqualTo("/guide/code/index.md");
        assertThat(site.html("404.html").select("link[type=text/markdown]")).as("404 has no Markdown copy").isEmpty();
        assertThat(site.html("deprecations/index.html").select("link[type=text/markdown]")).isEmpty();
    }
}
