package dev.quire.model.redirect;

import dev.quire.content.ContentScanner;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Urls;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example site's redirects/docs.txt checked against its content pages (without rendering, so it
 * runs before the component library lands): no diagnostics, the removed tutorial and the renamed
 * page covered, the chain collapsed.
 */
class ExampleRedirectsTest {

    @Test
    void theExampleSitesRedirectsPassAndCoverItsRemovedAndRenamedPages() {
        Path site = Path.of("").toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        List<RedirectRule> rules = RedirectFiles.read(site, diagnostics);
        Map<String, String> pages = new HashMap<>();
        for (String page : ContentScanner.list(site)) pages.put("/" + Urls.pathOf(page), "content/" + page);
        Redirects redirects = RedirectResolver.resolve(rules, new SiteIndex(pages, Map.of()), "/", diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(RedirectsFile.render(redirects)).contains("/quickstart/ /get-started/ 301\n");
        Coverage coverage = new Coverage(pages.keySet(), redirects.all().stream().map(Redirect::from).toList());
        assertThat(coverage.isRedirected("/tutorials/build-a-support-chatbot/")).isTrue();
        assertThat(coverage.isRedirected("/configuration/response-caching/")).isTrue();
        assertThat(coverage.isRedirected("/old-providers/openai/")).isTrue();
        assertThat(coverage.covers("/tutorials/other/")).isFalse();
    }
}
