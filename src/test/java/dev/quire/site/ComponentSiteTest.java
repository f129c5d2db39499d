package dev.quire.site;

import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Components are templates: users add and replace them without Java; errors name both places. */
class ComponentSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- templates/components/Callout.peb --
            <div class="callout callout-{{ tone | default("info") }}" data-page="{{ page.url }}" data-count="{{ items | length }}">{{ children | raw }}</div>
            -- content/index.mdx --
            ---
            title: Home
            ---
            import { Callout } from "~/components";

            <Callout tone="warn">
              Mind the **gap**.

              - one
              - two
            </Callout>

            Inline <Badge text="beta" variant="tip" /> badge.

            :::note[Heads up]
            An aside with `code`.
            :::
            """;

    @Test
    void aSiteAddsAComponentWithATemplateOnly() {
        Document home = TestSite.of(dir, SITE).build().html("index.html");
        var callout = home.selectFirst("main div.callout-warn");
        assertThat(callout.attr("data-page")).isEqualTo("/");
        assertThat(callout.select("p strong").text()).isEqualTo("gap");
        assertThat(callout.select("li")).hasSize(2);
        assertThat(home.selectFirst("main span.badge").text()).isEqualTo("beta");
        assertThat(home.selectFirst("main aside.aside-note").text()).contains("Heads up", "An aside with code.");
        assertThat(home.selectFirst("main").html()).doesNotContain("import", "&lt;Callout", ":::");
    }

    @Test
    void aSiteReplacesABuiltInComponent() {
        TestSite site = TestSite.of(dir, SITE).write("templates/components/Badge.peb", "<b class=\"my-badge\">{{ text }}</b>").build();
        assertThat(site.html("index.html").selectFirst("main b.my-badge").text()).isEqualTo("beta");
    }

    @Test
    void childComponentsAreGivenToTheParentAsItems() {
        TestSite site = TestSite.of(dir, SITE)
                .write("templates/components/List.peb", "<ol>{% for i in items %}<li data-name=\"{{ i.name }}\">{{ i.props.label }}:{{ i.children | raw }}</li>{% endfor %}</ol>")
                .write("templates/components/Item.peb", "<span>{{ children | raw }}</span>")
                .write("content/list.mdx", "---\ntitle: L\n---\n<List>\n<Item label=\"a\">\nFirst\n</Item>\n<Item label=\"b\">\nSecond\n</Item>\n</List>\n")
                .build();
        Document list = site.html("list/index.html");
        assertThat(list.select("main ol > li").eachText()).containsExactly("a: First", "b: Second");
        assertThat(list.select("main ol > li").eachAttr("data-name")).containsExactly("Item", "Item");
    }

    @Test
    void anUnknownComponentIsAnErrorWithTheNearestNameAndTheFileToCreate() {
        TestSite site = TestSite.of(dir, SITE).write("content/x.mdx", "---\ntitle: X\n---\n<Calout>\nHi\n</Calout>\n");
        site.tryBuild();
        assertThat(site.report()).isEqualTo("""
                content/x.mdx:4:2: error: unknown component <Calout>
                  <Calout>
                   ^
                  hint: did you mean <Callout>? components: Aside, Badge, Callout, Card, CardGrid, Code, Deprecated, Details, DirectoryListing, LinkCard, Markdown, PackageManagers, Render, Steps, TabItem, Tabs, TypeScriptExample, WranglerConfig; or create templates/components/Calout.peb
                """);
    }

    @Test
    void importingAnUnknownNameIsOnlyAWarning() {
        TestSite site = TestSite.of(dir, SITE).write("content/x.mdx", "---\ntitle: X\n---\nimport { Callout, Feature } from \"~/components\";\n\nText.\n").build();
        assertThat(site.report()).isEqualTo("""
                content/x.mdx:4:19: warning: imported name 'Feature' is no component Quire knows
                  import { Callout, Feature } from "~/components";
                                    ^
                  hint: using it is an error; add templates/components/Feature.peb to define it, or remove it from the import
                """);
    }

    @Test
    void aFailingComponentTemplateNamesTheContentAndTheTemplateLine() {
        TestSite site = TestSite.of(dir, SITE).write("templates/components/Callout.peb", "<div>\n{{ nope.deeper }}\n</div>");
        site.tryBuild();
        assertThat(site.report()).startsWith("content/index.mdx:6:2: error: component <Callout> failed: templates/components/Callout.peb:2:1: ");
    }

    @Test
    void plainMarkdownFilesKeepBracesAndTagsAsText() {
        TestSite site = TestSite.of(dir, SITE).write("content/plain.md", "---\ntitle: Plain\n---\nUse {braces} and <Callout> here.\n\n:::tip\nAsides work.\n:::\n").build();
        Document plain = site.html("plain/index.html");
        assertThat(plain.selectFirst("main .prose p").text()).isEqualTo("Use {braces} and here.");
        assertThat(plain.selectFirst("main aside.aside-tip").text()).contains("Asides work.");
    }
}
