package dev.quire.site;

import dev.quire.serve.Serve;
import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Headless Chromium opens a served page; an edit of its file reloads it by itself, errors included. */
class ServeBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @TempDir
    Path profile;

    @Test
    void anOpenPageReloadsAfterItsFileChanges() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver are not installed");
        TestSite.of(dir, """
                -- site.yaml --
                title: Docs
                -- content/index.mdx --
                ---
                title: Home
                ---
                Home page.
                -- content/guide.mdx --
                ---
                title: Guide
                ---
                First version.
                """);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        try (Serve serve = Serve.start(new Serve.Options(dir, "127.0.0.1", 0, false), new PrintWriter(new StringWriter(), true))) {
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                browser.get(serve.url().resolve("/guide/").toString());
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("First version.");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
                // the page may reload between finding an element and reading it: Chrome reports that as a stale
                // element or as an inspector error ("Node with given id does not belong to the document")
                wait.ignoring(WebDriverException.class);
                wait.until(d -> serve.listeners() >= 1);
                // a mark that only survives as long as the page is not reloaded
                ((JavascriptExecutor) browser).executeScript("window.quireMark = 1;");
                save(dir.resolve("content/guide.mdx"), "---\ntitle: Guide\n---\nSecond version.\n");
                wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Second version."));
                assertThat(((JavascriptExecutor) browser).executeScript("return window.quireMark === undefined;")).isEqualTo(true);
                save(dir.resolve("content/guide.mdx"), "---\ntitle: Guide\n---\nBroken <Calout>x</Calout>.\n");
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("unknown component <Calout>"));
                save(dir.resolve("content/guide.mdx"), "---\ntitle: Guide\n---\nThird version.\n");
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Third version."));
            } finally {
                browser.quit();
            }
        }
    }

    private static void save(Path file, String text) throws Exception {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
