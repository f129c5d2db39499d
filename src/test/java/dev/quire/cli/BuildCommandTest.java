package dev.quire.cli;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: messages, exit codes, no stack traces. */
class BuildCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildsAndSaysWhere() {
        TestSite.of(dir, "-- site.yaml --\ntitle: T\n-- content/index.md --\n---\ntitle: Home\n---\nHi\n");
        TestSite.Run run = TestSite.cli("build", "--source", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("built 1 pages into .*out in \\d+ ms\\n");
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("out/index.html")).exists();
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() {
        TestSite.of(dir, "-- site.yaml --\ntitle: T\n-- content/index.md --\n---\nsidebar: 3\n---\n");
        TestSite.Run run = TestSite.cli("build", "--source", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                content/index.md:1:1: error: page has no title
                  ---
                  ^
                  hint: add `title: …` to the frontmatter between the --- lines at the top
                content/index.md:2:1: error: 'sidebar' must be a mapping
                  sidebar: 3
                  ^
                build failed: 2 errors, 0 warnings; %s was left as it was
                """.formatted(dir.resolve("dist")));
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingSiteIsAUsageErrorWithExitTwo() {
        TestSite.Run run = TestSite.cli("build", "--source", dir.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                error: no site.yaml in %s
                  hint: run quire in a site folder, or pass --source DIR (a site needs site.yaml and content/)
                """.formatted(dir.resolve("nowhere")));
    }

    @Test
    void refusesToReplaceAFolderQuireDidNotWrite() throws Exception {
        TestSite.of(dir, "-- site.yaml --\ntitle: T\n-- content/index.md --\n---\ntitle: Home\n---\n");
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "precious");
        TestSite.Run run = TestSite.cli("build", "--source", dir.toString(), "--out", mine.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: refusing to write the site into " + mine
                + ": it is not empty and was not written by Quire (no .quire/manifest.json)\n");
        assertThat(mine.resolve("notes.txt")).hasContent("precious");
        TestSite.Run intoContent = TestSite.cli("build", "--source", dir.toString(), "--out", dir.resolve("content/x").toString());
        assertThat(intoContent.err()).contains("it is inside the site's content/ folder");
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestSite.Run run = TestSite.cli("build", "--nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--nope'");
    }

    @Test
    void helpDescribesTheOptions() {
        TestSite.Run run = TestSite.cli("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--source", "--out", "--drafts", "--verbose");
    }
}
