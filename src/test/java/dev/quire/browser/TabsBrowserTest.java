package dev.quire.browser;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tabs in headless Chromium: synced groups switch together and remember the choice across pages,
 * the keys of the WAI-ARIA pattern work, and without JavaScript every panel is on the page.
 */
class TabsBrowserTest {

    static final String SITE = """
            -- site.yaml --
            title: Tabs
            -- content/index.mdx --
            ---
            title: Home
            ---
            Home.
            -- content/a.mdx --
            ---
            title: Page A
            ---
            <Tabs syncKey="pm">
            <TabItem label="npm">

            Run npm in group one.

            </TabItem>
            <TabItem label="pnpm">

            Run pnpm in group one.

            </TabItem>
            <TabItem label="yarn">

            Run yarn in group one.

            </TabItem>
            </Tabs>

            <Tabs>
            <TabItem label="npm">

            Unsynced npm.

            </TabItem>
            <TabItem label="pnpm">

            Unsynced pnpm.

            </TabItem>
            </Tabs>

            1. A step with tabs inside:

               <Tabs syncKey="pm">
               <TabItem label="npm">

               Run npm in group two.

               </TabItem>
               <TabItem label="pnpm">

               Run pnpm in group two.

               </TabItem>
               </Tabs>
            -- content/b.mdx --
            ---
            title: Page B
            ---
            <Tabs syncKey="pm">
            <TabItem label="npm">

            Run npm on page B.

            </TabItem>
            <TabItem label="pnpm">

            Run pnpm on page B.

            </TabItem>
            </Tabs>
            """;

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

    @BeforeEach
    void forgetChoices() {
        browser.get(server.url("/"));
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void clickingATabSwitchesEveryGroupWithItsSyncKey() {
        browser.get(server.url("/a/"));
        assertThat(visibleText()).contains("Run npm in group one.", "Unsynced npm.", "Run npm in group two.")
                .doesNotContain("Run pnpm in group one.", "Run pnpm in group two.");

        tab(0, "pnpm").click();

        assertThat(visibleText()).contains("Run pnpm in group one.", "Run pnpm in group two.", "Unsynced npm.")
                .doesNotContain("Run npm in group one.", "Run npm in group two.", "Unsynced pnpm.");
        assertThat(tab(2, "pnpm").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(tab(2, "npm").getAttribute("aria-selected")).isEqualTo("false");
        assertThat(tab(2, "npm").getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void theChoiceSurvivesNavigationToAnotherPage() {
        browser.get(server.url("/a/"));
        tab(0, "pnpm").click();

        browser.get(server.url("/b/"));

        assertThat(visibleText()).contains("Run pnpm on page B.").doesNotContain("Run npm on page B.");
        assertThat(tab(0, "pnpm").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.executeScript("return localStorage.getItem('quire-tabs:pm')")).isEqualTo("pnpm");
    }

    @Test
    void arrowKeysHomeAndEndMoveBetweenTabs() {
        browser.get(server.url("/a/"));
        tab(0, "npm").click();

        focused().sendKeys(Keys.ARROW_RIGHT);
        assertThat(focused().getText()).isEqualTo("pnpm");
        assertThat(focused().getAttribute("aria-selected")).isEqualTo("true");
        assertThat(visibleText()).contains("Run pnpm in group one.");

        focused().sendKeys(Keys.END);
        assertThat(focused().getText()).isEqualTo("yarn");
        focused().sendKeys(Keys.ARROW_RIGHT);
        assertThat(focused().getText()).as("right from the last tab wraps to the first").isEqualTo("npm");
        focused().sendKeys(Keys.ARROW_LEFT);
        assertThat(focused().getText()).as("left from the first tab wraps to the last").isEqualTo("yarn");
        focused().sendKeys(Keys.HOME);
        assertThat(focused().getText()).isEqualTo("npm");
        assertThat(visibleText()).contains("Run npm in group one.").doesNotContain("Run yarn in group one.");
    }

    @Test
    void withoutJavaScriptEveryPanelIsVisibleUnderItsLabel() throws Exception {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(server.url("/a/"));
            List<WebElement> panels = plain.findElements(By.cssSelector("[role=tabpanel]"));
            assertThat(panels).hasSize(7).allMatch(WebElement::isDisplayed);
            assertThat(plain.findElements(By.cssSelector("[role=tablist]"))).noneMatch(WebElement::isDisplayed);
            assertThat(plain.findElements(By.cssSelector("[role=tabpanel] > .tab-panel-label")))
                    .extracting(WebElement::getText).containsExactly("NPM", "PNPM", "YARN", "NPM", "PNPM", "NPM", "PNPM");
            assertThat(plain.findElement(By.tagName("main")).getText()).contains("Run npm in group one.",
                    "Run pnpm in group one.", "Run yarn in group one.", "Unsynced pnpm.", "Run pnpm in group two.");
        } finally {
            plain.quit();
        }
    }

    /** The tab of that label in the n-th tab group of the page (0-based, document order). */
    private WebElement tab(int group, String label) {
        return browser.findElements(By.cssSelector(".tabs")).get(group)
                .findElement(By.cssSelector("[role=tab][data-label='" + label + "']"));
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String visibleText() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
