package dev.quire.browser;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the example site (the repository root) in light and dark, into
 * {@code target/screenshots/}, for people to look at; each also checks what must be on the page.
 */
class ExampleSiteScreenshotsTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path out;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        BuildResult result = Build.run(new BuildOptions(Path.of("."), out.resolve("site"), false));
        assertThat(result.failed()).as("example site build:%n%s", TestSite.report(result)).isFalse();
        server = StaticServer.serve(out.resolve("site"));
        browser = Browser.start(true);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "/configuration/authentication/, light, authentication, [role=tablist]",
            "/configuration/authentication/, dark, authentication, [role=tablist]",
            "/api/compat/, light, compat, .deprecated-banner",
            "/api/compat/, dark, compat, .deprecated-banner",
            "/api/rest/, light, rest, main h1",
            "/api/rest/, dark, rest, main h1",
            "/observability/custom-metadata/, light, custom-metadata, [data-sync-key=workersExamples]",
            "/deprecations/, light, deprecations, .deprecations-table"})
    void screenshot(String path, String theme, String name, String mustShow) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url(path));
        browser.executeScript("localStorage.setItem('quire-theme', arguments[0])", theme);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo(theme);
        assertThat(browser.findElement(By.cssSelector(mustShow)).isDisplayed()).isTrue();
        long height = (Long) browser.executeScript("return Math.min(document.documentElement.scrollHeight, 4000)");
        browser.manage().window().setSize(new Dimension(1280, (int) height));
        Path file = SHOTS.resolve(name + "-" + theme + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
