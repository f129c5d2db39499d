package dev.quire.site;

import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps, Card, CardGrid, LinkCard, Badge and DirectoryListing. */
class LayoutComponentsSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            <CardGrid>
            <LinkCard title="Get started" href="/guide/" description="Send a first request." />
            <Card title="Fast" icon="rocket">
            Cached answers come back in **milliseconds**.
            </Card>
            </CardGrid>

            ## Beta <Badge text="beta" variant="tip" size="small" />

            <Badge text="Old" variant="warning" /> <Badge text="Plain" variant="unknown" />
            -- content/guide/index.mdx --
            ---
            title: Guide
            ---
            <Steps>

            1. Install.
            2. Configure.

            </Steps>

            <DirectoryListing />
            -- content/guide/setup.mdx --
            ---
            title: Set up
            description: Install the CLI.
            sidebar:
              order: 1
            ---
            Set up.
            -- content/guide/hidden.mdx --
            ---
            title: Hidden
            sidebar:
              hidden: true
            ---
            -- content/guide/old.mdx --
            ---
            title: Old way
            deprecated: true
            sidebar:
              order: 3
            ---
            -- content/guide/advanced/index.mdx --
            ---
            title: Advanced
            description: For experts.
            sidebar:
              order: 2
            ---
            <DirectoryListing folder="guide" depth={2} />
            -- content/guide/advanced/tuning.mdx --
            ---
            title: Tuning
            description: Make it faster.
            ---
            """;

    @Test
    void stepsWrapTheirNumberedList() {
        Document html = TestSite.of(dir, SITE).build().html("guide/index.html");
        assertThat(html.select("main .steps > ol > li")).extracting(Element::text).containsExactly("Install.", "Configure.");
    }

    @Test
    void cardsLinkCardsAndTheirGrid() {
        Document html = TestSite.of(dir, SITE).build().html("index.html");
        Element grid = html.selectFirst("main .card-grid");
        Element link = grid.selectFirst("> a.link-card");
        assertThat(link.attr("href")).isEqualTo("/guide/");
        assertThat(link.selectFirst(".link-card-title").text()).isEqualTo("Get started");
        assertThat(link.selectFirst(".link-card-description").text()).isEqualTo("Send a first request.");
        Element card = grid.selectFirst("> article.card");
        assertThat(card.selectFirst(".card-title").text()).isEqualTo("Fast");
        assertThat(card.select(".card-title .card-icon svg")).hasSize(1);
        assertThat(card.selectFirst(".card-body strong").text()).isEqualTo("milliseconds");
    }

    @Test
    void badgeVariantsAndSizes() {
        Document html = TestSite.of(dir, SITE).build().html("index.html");
        assertThat(html.select("main .badge")).extracting(e -> e.className() + ":" + e.text()).containsExactly(
                "badge badge-tip badge-small:beta", "badge badge-caution:Old", "badge badge-default:Plain");
        assertThat(html.selectFirst("main h2").select(".badge")).hasSize(1);
    }

    @Test
    void directoryListingShowsTheFoldersPagesInSidebarOrder() {
        Document html = TestSite.of(dir, SITE).build().html("guide/index.html");
        Element list = html.selectFirst("main ul.directory-listing");
        assertThat(list.select("> li")).extracting(Element::text).containsExactly(
                "Set up Install the CLI.", "Advanced For experts.", "Old way Deprecated");
        assertThat(list.select("> li > a")).extracting(e -> e.attr("href")).containsExactly("/guide/setup/", "/guide/advanced/", "/guide/old/");
        assertThat(list.select("li .directory-listing")).as("depth 1 by default").isEmpty();
    }

    @Test
    void directoryListingOfAGivenFolderToADepth() {
        Document html = TestSite.of(dir, SITE).build().html("guide/advanced/index.html");
        Element list = html.selectFirst("main ul.directory-listing");
        assertThat(list.select("> li > a")).extracting(Element::text).containsExactly("Set up", "Advanced", "Old way");
        assertThat(list.select("> li > ul.directory-listing > li")).extracting(Element::text).containsExactly("Tuning Make it faster.");
    }

    @Test
    void mistakesInStepsAndDirectoryListingAreErrors() {
        BuildResult r = TestSite.of(dir, SITE).write("content/guide/bad.mdx", """
                ---
                title: Bad
                ---
                <Steps>
                Intro.

                1. One.
                </Steps>

                <Steps>
                - Not numbered.
                </Steps>

                <DirectoryListing folder="gide" />
                """).tryBuild();
        assertThat(TestSite.report(r)).isEqualTo("""
                content/guide/bad.mdx:5:1: error: <Steps> holds one numbered list and nothing else; found a paragraph
                  Intro.
                  ^
                  hint: indent it under a step to make it part of that step, or move it out of <Steps>
                content/guide/bad.mdx:11:1: error: <Steps> holds one numbered list and nothing else; found a bulleted list
                  - Not numbered.
                  ^
                  hint: indent it under a step to make it part of that step, or move it out of <Steps>
                content/guide/bad.mdx:14:26: error: folder "gide" of <DirectoryListing> is no folder of content/
                  <DirectoryListing folder="gide" />
                                           ^
                  hint: did you mean "guide/"? folders: guide/, guide/advanced/
                """);
    }
}
