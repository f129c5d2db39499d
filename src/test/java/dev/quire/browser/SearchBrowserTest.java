package dev.quire.browser;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and the copy button in headless Chromium: typing a word shows the expected page first, the
 * keyboard opens, moves and follows results, every request stays on the site and a one-word query
 * fetches one chunk; "Copy page as Markdown" copies the page's index.md.
 */
class SearchBrowserTest {

    static final String SITE = """
            -- site.yaml --
            title: Relay
            -- content/index.mdx --
            ---
            title: Home
            ---
            Relay routes requests.
            -- content/caching.mdx --
            ---
            title: Caching
            description: Serve answers from the cache.
            ---
            Relay caches identical requests.

            ## Cache TTL

            Set how long cached answers live.
            -- content/old-caching.mdx --
            ---
            title: Legacy caching
            deprecated:
              replacement: /caching/
            ---
            Caching, caching, caching: the old caching headers cached everything.
            -- content/limits.mdx --
            ---
            title: Rate limits
            ---
            Relay limits requests per minute.

            ## Handle 429 responses

            Retry limited requests after a pause.
            -- content/internal.mdx --
            ---
            title: Internal caching notes
            search: false
            ---
            Caching caching caching.
            """;

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        TestSite site = TestSite.of(dir, SITE).build();
        server = StaticServer.serve(site.out());
        browser = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void typingAWordShowsTheExpectedPageFirstWithItsSectionAndMarkedWords() throws Exception {
        browser.get(server.url("/limits/"));
        new Actions(browser).sendKeys("/").perform();
        WebElement input = browser.findElement(By.cssSelector(".search-dialog[open] .search-input"));
        input.sendKeys("caching");
        List<WebElement> results = results();
        assertThat(titles(results).get(0)).isEqualTo("Caching");
        assertThat(titles(results)).as("deprecated below its replacement, opted-out page absent")
                .contains("Legacy caching").doesNotContain("Internal caching notes");
        assertThat(titles(results).indexOf("Legacy caching")).isEqualTo(titles(results).size() - 1);
        assertThat(results.get(0).findElements(By.cssSelector(".search-excerpt mark")))
                .extracting(WebElement::getText).contains("caches");
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("search-results.png"), browser.getScreenshotAs(OutputType.BYTES));

        input.clear();
        input.sendKeys("ttl");
        WebElement first = results().get(0);
        assertThat(first.findElement(By.cssSelector(".search-title")).getText()).isEqualTo("Caching › Cache TTL");
        assertThat(first.findElement(By.tagName("a")).getAttribute("href")).isEqualTo(server.url("/caching/#cache-ttl"));
    }

    @Test
    void controlKOpensArrowsMoveAndEnterFollowsTheResult() {
        browser.get(server.url("/"));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        WebElement input = browser.switchTo().activeElement();
        assertThat(input.getAttribute("class")).isEqualTo("search-input");
        input.sendKeys("limit");
        List<WebElement> results = results();
        assertThat(results.size()).isGreaterThanOrEqualTo(2);
        assertThat(results.get(0).getAttribute("aria-selected")).isEqualTo("true");
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(results.get(1).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(results.get(1).getAttribute("id"));
        String target = results.get(1).findElement(By.tagName("a")).getAttribute("href");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().equals(target));
        assertThat(target).startsWith(server.url("/limits/"));
    }

    @Test
    void noRequestLeavesTheSiteAndAOneWordQueryFetchesOneChunk() {
        browser.get(server.url("/caching/"));
        int before = server.requests().size();
        new Actions(browser).sendKeys("/").perform();
        browser.findElement(By.cssSelector(".search-dialog[open] .search-input")).sendKeys("requests ");
        results();
        List<String> asked = server.requests().subList(before, server.requests().size());
        assertThat(asked).filteredOn(p -> p.startsWith("/search/c/")).hasSize(1);
        assertThat(asked).contains("/search/index.json").allMatch(p -> p.startsWith("/search/"));
        Object origins = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return new URL(e.name).origin; })"
                + ".filter(function (o) { return o !== location.origin; })");
        assertThat((List<?>) origins).isEmpty();
    }

    @Test
    void theCopyButtonCopiesThePageAsMarkdown() {
        browser.get(server.url("/caching/"));
        browser.executeScript("window.ClipboardItem = undefined; Object.defineProperty(navigator, 'clipboard', {value: "
                + "{writeText: function (t) { window.copied = t; return Promise.resolve(); }}})");
        WebElement button = browser.findElement(By.cssSelector("button.copy-page"));
        assertThat(button.isDisplayed()).isTrue();
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> button.getText().equals("Copied"));
        assertThat(browser.executeScript("return window.copied")).isEqualTo("""
                # Caching

                > Serve answers from the cache.

                Relay caches identical requests.

                ## Cache TTL

                Set how long cached answers live.
                """);
    }

    private static List<WebElement> results() {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        // results replace each other while typing: wait until the list stops changing
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            String a = d.findElement(By.cssSelector(".search-results")).getText();
            try { Thread.sleep(150); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            return a.equals(d.findElement(By.cssSelector(".search-results")).getText());
        });
        return browser.findElements(By.cssSelector(".search-result"));
    }

    private static List<String> titles(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.cssSelector(".search-title")).getText().split(" › ")[0]).toList();
    }
}
