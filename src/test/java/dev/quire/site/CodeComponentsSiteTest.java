package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The components that show code more than one way: TypeScriptExample, WranglerConfig, PackageManagers. */
class CodeComponentsSiteTest {

    @TempDir
    Path dir;

    private TestSite site(String body) {
        return TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                -- content/index.mdx --
                ---
                title: Home
                ---
                """ + body);
    }

    @Test
    void typeScriptExampleShowsJavaScriptThenTypeScriptSyncedSiteWide() {
        Document html = site("""
                <TypeScriptExample filename="src/index.ts">

                ```ts {5}
                interface Env {
                	TOKEN: string;
                }

                export default {
                	async fetch(request: Request, env: Env): Promise<Response> {
                		return new Response(env.TOKEN as string);
                	},
                } satisfies ExportedHandler<Env>;
                ```

                </TypeScriptExample>
                """).build().html("index.html");
        Element tabs = html.selectFirst(".tabs");
        assertThat(tabs.attr("data-sync-key")).isEqualTo("workersExamples");
        assertThat(tabs.select("[role=tab]")).extracting(Element::text).containsExactly("JSJavaScript", "TSTypeScript");
        List<Element> panels = tabs.select("[role=tabpanel]");
        assertThat(panels.get(0).selectFirst(".code-title").text()).isEqualTo("src/index.js");
        assertThat(panels.get(1).selectFirst(".code-title").text()).isEqualTo("src/index.ts");
        assertThat(panels.get(0).selectFirst("code").wholeText()).isEqualTo("""
                export default {
                	async fetch(request, env) {
                		return new Response(env.TOKEN);
                	},
                };""");
        assertThat(panels.get(0).select(".line.mark")).as("line marks stay with the TypeScript when lines moved").isEmpty();
        assertThat(panels.get(1).select(".line.mark").text()).isEqualTo("export default {");
        assertThat(panels.get(1).selectFirst("code").wholeText()).startsWith("interface Env {\n\tTOKEN: string;\n}");
    }

    @Test
    void typeScriptTheEraserRefusesIsAnErrorAtItsLineInsideAListItem() {
        BuildResult r = site("""
                1. Write the Worker:

                   <TypeScriptExample>
                   ```ts
                   const a = 1;
                   enum Color { Red }
                   ```
                   </TypeScriptExample>
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/index.mdx:9:4: error: cannot erase enum 'Color': an enum creates an object at runtime
                     enum Color { Red }
                     ^
                  hint: use a plain object instead: const Color = { ... } as const; ('declare enum' is erased)
                """);
    }

    @Test
    void typeScriptExampleInAPartialReportsThePartialsLine() {
        BuildResult r = site("""
                <Render file="worker" product="relay" />
                -- partials/relay/worker.mdx --
                Intro.

                <TypeScriptExample>
                ```ts
                class A { constructor(private x: number) {} }
                ```
                </TypeScriptExample>
                """).tryBuild();
        assertThat(TestSite.report(r)).startsWith("""
                partials/relay/worker.mdx:5:23: error: cannot erase parameter property 'private x': it assigns this.x at runtime
                  class A { constructor(private x: number) {} }
                                        ^
                """).contains("included from content/index.mdx:4:1");
    }

    @Test
    void typeScriptExampleMistakesAreErrors() {
        BuildResult r = site("""
                <TypeScriptExample filename="index.js">
                ```js
                const a = 1;
                ```
                </TypeScriptExample>

                <TypeScriptExample>
                Text.
                </TypeScriptExample>
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/index.mdx:4:29: error: filename "index.js" of <TypeScriptExample> does not end in .ts
                  <TypeScriptExample filename="index.js">
                                              ^
                  hint: name the TypeScript file (src/index.ts); the JavaScript tab shows it as src/index.js
                content/index.mdx:5:1: error: <TypeScriptExample> wraps a ```ts code block, found a ```js code block
                  ```js
                  ^
                  hint: write ```ts after the opening fence
                content/index.mdx:11:1: error: <TypeScriptExample> holds one ```ts code block and nothing else; found a paragraph
                  Text.
                  ^
                  hint: move it out of <TypeScriptExample>
                """);
    }

    @Test
    void wranglerConfigShowsTomlAsJsonAndJsoncAsToml() {
        TestSite site = site("""
                <WranglerConfig>

                ```toml
                name = "app"
                compatibility_date = 2026-02-01

                [vars]
                GATEWAY = "bot"

                [[routes]]
                pattern = "a.example.com/*"
                ```

                </WranglerConfig>

                <WranglerConfig>
                ```jsonc
                {
                	// the Worker's name
                	"name": "app",
                	"vars": { "GATEWAY": "bot" },
                	"kv_namespaces": [{ "binding": "KV", "id": "x" }],
                }
                ```
                </WranglerConfig>
                """).build();
        Document html = site.html("index.html");
        // the gear is a reference: the page stays an ASCII string
        assertThat(site.file("index.html").chars().filter(c -> c > 0x7F).count()).isZero();
        List<Element> groups = html.select(".tabs");
        assertThat(groups.get(0).attr("data-sync-key")).isEqualTo("wranglerConfig");
        assertThat(groups.get(0).select("[role=tab]")).extracting(Element::text).containsExactly("{}wrangler.jsonc", "⚙wrangler.toml");
        assertThat(groups.get(0).select("[role=tabpanel]").get(0).selectFirst("code").wholeText()).isEqualTo("""
                {
                	"name": "app",
                	"compatibility_date": "2026-02-01",
                	"vars": {
                		"GATEWAY": "bot"
                	},
                	"routes": [
                		{
                			"pattern": "a.example.com/*"
                		}
                	]
                }""");
        assertThat(groups.get(1).select("[role=tabpanel]").get(1).selectFirst("code").wholeText()).isEqualTo("""
                name = "app"

                [vars]
                GATEWAY = "bot"

                [[kv_namespaces]]
                binding = "KV"
                id = "x\"""");
        assertThat(groups.get(1).select("[role=tabpanel]").get(0).selectFirst("code").wholeText()).contains("// the Worker's name");
    }

    @Test
    void invalidTomlIsAnErrorAtItsLine() {
        BuildResult r = site("""
                <WranglerConfig>
                ```toml
                name = "app"
                main = = "src/index.ts"
                workers_dev = true
                ```
                </WranglerConfig>
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/index.mdx:7:8: error: invalid TOML in <WranglerConfig>: Unknown token
                  main = = "src/index.ts"
                         ^
                  hint: fix the configuration; Quire shows it as JSON too, so it must parse
                """);
    }

    @Test
    void packageManagersShowsOneCommandPerManagerSynced() {
        Document html = site("""
                <PackageManagers pkg="wrangler" dev />

                <PackageManagers type="create" pkg="cloudflare@latest" args="my-app" />
                """).build().html("index.html");
        List<Element> groups = html.select(".tabs");
        assertThat(groups.get(0).attr("data-sync-key")).isEqualTo("pkgManager");
        assertThat(groups.get(0).select("[role=tab]")).extracting(Element::text).containsExactly("npm", "yarn", "pnpm", "bun");
        assertThat(groups.get(0).select("[role=tabpanel] code")).extracting(Element::text)
                .containsExactly("npm i -D wrangler", "yarn add -D wrangler", "pnpm add -D wrangler", "bun add -d wrangler");
        assertThat(groups.get(1).select("[role=tabpanel] code")).extracting(Element::text).containsExactly(
                "npm create cloudflare@latest -- my-app", "yarn create cloudflare@latest my-app",
                "pnpm create cloudflare@latest my-app", "bun create cloudflare@latest my-app");
    }

    @Test
    void anUnknownPackageManagersTypeIsAnError() {
        BuildResult r = site("""
                <PackageManagers type="instal" pkg="x" />
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/index.mdx:4:23: error: unknown type "instal" of <PackageManagers>
                  <PackageManagers type="instal" pkg="x" />
                                        ^
                  hint: types: add, install, create, exec, dlx, run, remove
                """);
    }
}
