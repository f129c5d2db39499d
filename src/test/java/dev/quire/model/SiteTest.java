package dev.quire.model;

import dev.quire.config.SiteConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.quire.model.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteTest {

    private static final SiteConfig CONFIG = new SiteConfig("Docs", "", null, "en", null, null, false, null, false, null, null);

    @Test
    void aSiteWithPagesReplacedLinksAsTheSiteMadeOfThemAll() {
        List<Page> pages = new ArrayList<>(List.of(page("index.mdx", "title: Home"), page("a/index.mdx", "title: A"),
                page("a/one.mdx", "title: One"), page("a/two.mdx", "title: Two"), page("b/three.mdx", "title: Three")));
        Site site = new Site(CONFIG, pages);
        // "One" becomes "Zed": the reading order changes; "Three" only gets a new title
        Map<String, Page> replaced = Map.of("a/one/", page("a/one.mdx", "title: Zed"), "b/three/", page("b/three.mdx", "title: Trois"));
        Site next = site.withPages(replaced);
        pages.replaceAll(p -> replaced.getOrDefault(p.path(), p));
        Site made = new Site(CONFIG, pages);
        assertThat(next.pages()).isEqualTo(made.pages());
        assertThat(next.nav().readingOrder()).extracting(Page::title).containsExactly("Home", "A", "Two", "Zed", "Trois");
        for (Page p : made.pages()) {
            assertThat(next.page(p.path())).isEqualTo(p);
            assertThat(next.previous(p)).as("before %s", p.path()).isEqualTo(made.previous(p));
            assertThat(next.next(p)).as("after %s", p.path()).isEqualTo(made.next(p));
        }
        assertThat(next.page("a/none/")).isNull();
        // the old site is as it was
        assertThat(site.page("a/one/").title()).isEqualTo("One");
        assertThat(site.next(site.page("a/one/")).title()).isEqualTo("Two");
    }

    @Test
    void aReplacementAtNoPagesPathIsRefused() {
        Site site = new Site(CONFIG, List.of(page("a.mdx", "title: A")));
        assertThatThrownBy(() -> site.withPages(Map.of("b/", page("b.mdx", "title: B")))).isInstanceOf(IllegalArgumentException.class);
    }
}
