package dev.quire.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.quire.model.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

class NavTreeTest {

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

    /** Random frontmatter: titles that tie and differ in case, orders that tie, some hidden, labelled or deprecated. */
    private static String randomFrontmatter(Random r) {
        StringBuilder fm = new StringBuilder("title: " + "abcAB".charAt(r.nextInt(5)) + r.nextInt(3));
        List<String> sidebar = new ArrayList<>();
        if (r.nextInt(3) == 0) sidebar.add("order: " + r.nextInt(3));
        if (r.nextInt(8) == 0) sidebar.add("hidden: true");
        if (r.nextInt(6) == 0) sidebar.add("label: L" + r.nextInt(3));
        if (!sidebar.isEmpty()) fm.append("\nsidebar: {").append(String.join(", ", sidebar)).append('}');
        if (r.nextInt(10) == 0) fm.append("\ndeprecated: true");
        return fm.toString();
    }

    @Test
    void aTreeWithPagesReplacedIsTheTreeBuiltFromThemAll() {
        Random r = new Random(8);
        for (int round = 0; round < 200; round++) {
            List<String> paths = new ArrayList<>();
            if (r.nextBoolean()) paths.add("index.mdx");
            for (int i = 0; i < 30; i++) {
                String folder = List.of("", "a/", "a/b/", "a/b/c/", "d/", "d/e/").get(r.nextInt(6));
                String file = r.nextInt(5) == 0 ? "index.mdx" : "p" + r.nextInt(20) + ".mdx";
                if (!(folder + file).equals("index.mdx") && !paths.contains(folder + file)) paths.add(folder + file);
            }
            paths.sort(null);
            List<Page> pages = new ArrayList<>();
            for (String cp : paths) pages.add(page(cp, randomFrontmatter(r)));
            NavTree tree = NavTree.build(pages);
            for (int edit = 0; edit < 3; edit++) {
                Map<String, Page> replaced = new LinkedHashMap<>();
                for (int n = r.nextInt(3) + 1; n > 0; n--) {
                    Page old = pages.get(r.nextInt(pages.size()));
                    replaced.put(old.path(), page(old.file().contentPath(), randomFrontmatter(r)));
                }
                pages.replaceAll(p -> replaced.getOrDefault(p.path(), p));
                NavTree next = tree.withPages(replaced, pages);
                NavTree built = NavTree.build(pages);
                assertThat(next.root()).as("round %d edit %d", round, edit).isEqualTo(built.root());
                assertThat(next.sections()).as("round %d edit %d", round, edit).isEqualTo(built.sections());
                assertThat(next.readingOrder()).isEqualTo(built.readingOrder());
                assertThat(next.folderIndex()).isEqualTo(built.folderIndex());
                tree = next;
            }
        }
    }

    @Test
    void aReplacedPageThatIsNotInTheTreeBuildsItAgain() {
        List<Page> pages = new ArrayList<>(List.of(page("a/x.mdx", "title: X")));
        NavTree tree = NavTree.build(pages);
        Page added = page("a/y.mdx", "title: Y");
        pages.add(added);
        assertThat(labels(tree.withPages(Map.of(added.path(), added), pages).sections())).containsExactly("a[X, Y]");
    }
}
