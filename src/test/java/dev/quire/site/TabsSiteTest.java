package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tabs and TabItem: WAI-ARIA markup, ids unique on the page, placement in lists and asides, nesting, errors. */
class TabsSiteTest {

    @TempDir
    Path dir;

    static final String PAGE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            1. First step.
            2. Choose your way:

               <Tabs syncKey="api">
               <TabItem label="Dashboard">

               Open the **dashboard**.

               </TabItem>
               <TabItem label="API" icon="seti:javascript">

               ```sh
               curl https://api.example.com
               ```

               </TabItem>
               </Tabs>

            3. Last step.

            :::note
            <Tabs>
            <TabItem label="Outer A">
            <Tabs>
            <TabItem label="Inner 1">
            Inner one.
            </TabItem>
            <TabItem label="Inner 2">
            Inner two.
            </TabItem>
            </Tabs>
            </TabItem>
            <TabItem label="Outer B">
            Outer two.
            </TabItem>
            </Tabs>
            :::
            """;

    @Test
    void tabsAreWaiAriaTabsWithTheFirstSelected() {
        Document html = TestSite.of(dir, PAGE).build().html("index.html");
        Element tabs = html.selectFirst("li .tabs");
        assertThat(tabs.attr("data-sync-key")).isEqualTo("api");
        List<Element> buttons = tabs.select("> [role=tablist] > [role=tab]");
        assertThat(buttons).extracting(Element::text).containsExactly("Dashboard", "JSAPI");
        assertThat(buttons).extracting(b -> b.attr("aria-selected")).containsExactly("true", "false");
        assertThat(buttons).extracting(b -> b.attr("tabindex")).containsExactly("0", "-1");
        assertThat(buttons).extracting(b -> b.attr("type")).containsOnly("button");
        List<Element> panels = tabs.select("> [role=tabpanel]");
        assertThat(panels).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(buttons.get(i).attr("aria-controls")).isEqualTo(panels.get(i).id());
            assertThat(panels.get(i).attr("aria-labelledby")).isEqualTo(buttons.get(i).id());
        }
        assertThat(panels.get(0).hasAttr("hidden")).isFalse();
        assertThat(panels.get(1).hasAttr("hidden")).isTrue();
        assertThat(panels.get(0).selectFirst(".tab-panel-label").text()).isEqualTo("Dashboard");
        assertThat(panels.get(0).select("strong").text()).isEqualTo("dashboard");
        assertThat(panels.get(1).select("figure.code-block code").text()).isEqualTo("curl https://api.example.com");
        assertThat(tabs.select("> script").html()).isEqualTo("window.quireTabs&&quireTabs.restore(document.currentScript.parentNode)");
    }

    @Test
    void tabsStayInsideTheirListItemAndAside() {
        Document html = TestSite.of(dir, PAGE).build().html("index.html");
        List<Element> items = html.select("main .prose > ol > li");
        assertThat(items).hasSize(3);
        assertThat(items.get(1).select("> .tabs")).hasSize(1);
        assertThat(items.get(2).text()).isEqualTo("Last step.");
        Element aside = html.selectFirst("main aside.aside");
        assertThat(aside.select(".aside-content > .tabs")).hasSize(1);
    }

    @Test
    void nestedTabsHaveTheirOwnTabsAndIdsUniqueOnThePage() {
        Document html = TestSite.of(dir, PAGE).build().html("index.html");
        Element outer = html.selectFirst("aside .aside-content > .tabs");
        assertThat(outer.select("> [role=tablist] > [role=tab]")).extracting(Element::text).containsExactly("Outer A", "Outer B");
        Element inner = outer.selectFirst("> [role=tabpanel] > .tabs");
        assertThat(inner.select("> [role=tablist] > [role=tab]")).extracting(Element::text).containsExactly("Inner 1", "Inner 2");
        assertThat(outer.hasAttr("data-sync-key")).isFalse();
        assertThat(outer.select("> script")).isEmpty();
        Set<String> ids = new HashSet<>();
        for (Element e : html.select("[id]")) assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
        assertThat(html.select(".tabs")).extracting(Element::id).allMatch(id -> id.matches("tabs-\\d+")).doesNotHaveDuplicates();
    }

    @Test
    void idsAreTheSameInEveryBuild() {
        TestSite site = TestSite.of(dir, PAGE).build();
        String first = site.file("index.html");
        assertThat(site.build().file("index.html")).isEqualTo(first);
    }

    @Test
    void contentBesideTheTabItemsIsAnError() {
        BuildResult r = TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                -- content/index.mdx --
                ---
                title: Home
                ---
                <Tabs>
                Stray text.
                <TabItem>
                No label.
                </TabItem>
                </Tabs>

                <Tabs>
                </Tabs>
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/index.mdx:5:1: error: <Tabs> holds only <TabItem> elements; found a paragraph
                  Stray text.
                  ^
                  hint: put it inside a <TabItem label="…">, or move it out of <Tabs>
                content/index.mdx:6:2: error: <TabItem> has no label
                  <TabItem>
                   ^
                  hint: add the text of its tab: <TabItem label="…">
                content/index.mdx:11:2: error: <Tabs> has no <TabItem>
                  <Tabs>
                   ^
                  hint: add one <TabItem label="…"> … </TabItem> per tab
                """);
    }
}
