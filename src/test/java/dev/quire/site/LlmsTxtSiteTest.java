package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** llms.txt at the root and per top-level section, and llms-full.txt. */
class LlmsTxtSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Relay Docs
            description: Relay routes AI requests.
            url: https://docs.example.com
            -- content/index.mdx --
            ---
            title: Home
            ---
            Welcome.
            -- content/start.mdx --
            ---
            title: Get started
            description: Send a first request.
            ---
            Start here.
            -- content/api/index.mdx --
            ---
            title: API
            description: The HTTP API.
            ---
            All endpoints.
            -- content/api/rest.mdx --
            ---
            title: REST API
            description: The REST endpoints.
            sidebar:
              order: 1
            ---
            REST.
            """;

    @Test
    void theRootFileListsEveryPageBySectionWithItsDescription() {
        assertThat(TestSite.of(dir, SITE).build().file("llms.txt")).isEqualTo("""
                # Relay Docs

                > Relay routes AI requests.

                ## Pages

                - [Home](https://docs.example.com/index.md)
                - [Get started](https://docs.example.com/start/index.md): Send a first request.

                ## API

                - [API](https://docs.example.com/api/index.md): The HTTP API.
                - [REST API](https://docs.example.com/api/rest/index.md): The REST endpoints.
                """);
    }

    @Test
    void eachSectionHasItsOwnFile() {
        assertThat(TestSite.of(dir, SITE).build().file("api/llms.txt")).isEqualTo("""
                # API — Relay Docs

                > The HTTP API.

                - [API](https://docs.example.com/api/index.md): The HTTP API.
                - [REST API](https://docs.example.com/api/rest/index.md): The REST endpoints.
                """);
    }

    @Test
    void theFullFileHoldsEveryPagesMarkdown() {
        String full = TestSite.of(dir, SITE).build().file("llms-full.txt");
        assertThat(full).startsWith("# Relay Docs\n\n> Relay routes AI requests.\n\n<!-- https://docs.example.com/ -->\n\n# Home\n\nWelcome.\n")
                .contains("<!-- https://docs.example.com/api/rest/ -->\n\n# REST API\n\n> The REST endpoints.\n\nREST.\n");
    }
}
