package dev.quire.model;

import dev.quire.content.FrontMatter;
import dev.quire.content.FrontMatterReader;
import dev.quire.content.PageMeta;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NavTreeTest {

    private static Page page(String contentPath, String frontmatter) {
        SourceText src = new SourceText("content/" + contentPath, "---\n" + frontmatter + "\n---\n");
        FrontMatter fm = FrontMatter.split(src);
        PageMeta meta = FrontMatterReader.read(src, fm, true, new Diagnostics());
        String path = Urls.pathOf(contentPath);
        return new Page(new SourceFile(contentPath, src, fm, meta, true), path, "/" + path);
    }

    private static List<String> labels(List<NavItem> items) {
        List<String> out = new ArrayList<>();
        for (NavItem i : items) out.add(i.label() + (i.group() ? i.items().stream().map(NavItem::label).toList().toString() : ""));
        return out;
    }

    @Test
    void sortsByOrderThenLabelAndGroupsFoldersByTheirIndex() {
        NavTree nav = NavTree.build(List.of(
                page("index.mdx", "title: Home"),
                page("quickstart.mdx", "title: Quickstart\nsidebar: {order: 1}"),
                page("about.mdx", "title: About"),
                page("guide/index.mdx", "title: Guides\nsidebar: {order: 2}"),
                page("guide/zeta.mdx", "title: Zeta\nsidebar: {order: 1}"),
                page("guide/alpha.mdx", "title: Alpha"),
                page("guide/beta.mdx", "title: beta"),
                page("guide/hidden.mdx", "title: Hidden\nsidebar: {hidden: true}"),
                page("guide/deep/index.mdx", "title: Deep\nsidebar: {order: 0, label: Deep dive}"),
                page("api/a.mdx", "title: A"),
                page("api/index.mdx", "title: API\nsidebar: {order: 1}")));
        assertThat(labels(nav.root())).containsExactly("Quickstart", "About");
        assertThat(labels(nav.sections())).containsExactly("API[A]", "Guides[Deep dive, Zeta, Alpha, beta]");
        assertThat(nav.readingOrder()).extracting(Page::title).containsExactly(
                "Home", "Quickstart", "About", "API", "A", "Guides", "Deep", "Zeta", "Alpha", "beta");
    }

    @Test
    void folderWithoutIndexIsLabelledByItsNameAndHasNoLink() {
        NavTree nav = NavTree.build(List.of(page("tools/cli.mdx", "title: CLI")));
        NavItem tools = nav.sections().get(0);
        assertThat(tools.label()).isEqualTo("tools");
        assertThat(tools.url()).isNull();
        assertThat(tools.key()).isEqualTo("tools/");
    }

    @Test
    void breadcrumbsAreTheFolderIndexesAbove() {
        Page deep = page("a/b/c.mdx", "title: C");
        NavTree nav = NavTree.build(List.of(page("a/index.mdx", "title: A"), page("a/b/index.mdx", "title: B"), deep));
        assertThat(nav.ancestors(deep)).extracting(Page::title).containsExactly("A", "B");
        assertThat(NavTree.groupKeys(deep)).containsExactly("a/", "a/b/");
    }

    @Test
    void deprecatedPagesGetABadgeUnlessTheyHaveOne() {
        NavTree nav = NavTree.build(List.of(page("old.mdx", "title: Old\ndeprecated: true")));
        assertThat(nav.root().get(0).badge().text()).isEqualTo("Deprecated");
    }
}
