package dev.quire.cli;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** quire init: a starter site that builds and checks cleanly at once; a non-empty folder is refused. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheStarterSiteAndPrintsTheNextCommands() {
        Path site = dir.resolve("my-docs");
        TestSite.Run run = TestSite.cli("init", site.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Created a Quire site in " + site + " (8 files).\n\nNext:\n"
                + "  cd " + site + "\n"
                + "  quire serve     # preview at http://127.0.0.1:4321/ with live reload\n"
                + "  quire build     # write the site into dist/\n"
                + "  quire check     # build without writing and check the result\n");
        assertThat(site.resolve("site.yaml")).exists();
        assertThat(site.resolve("partials/guide/support.mdx")).exists();
        assertThat(site.resolve("redirects/docs.txt")).exists();
    }

    @Test
    void theStarterSiteBuildsWithoutAWarningAndUsesTabsAnAsideAndAPartialWithParams() throws Exception {
        Path site = dir.resolve("docs");
        TestSite.cli("init", site.toString());
        TestSite.Run build = TestSite.cli("build", "--source", site.toString());
        assertThat(build.err()).isEmpty();
        assertThat(build.exitCode()).isZero();
        String install = Files.readString(site.resolve("dist/guide/install/index.html"));
        assertThat(install).contains("role=\"tablist\"", "class=\"aside aside-tip", "while installing the tool");
        assertThat(Files.readString(site.resolve("dist/guide/configure/index.html"))).contains("while configuring the tool");
        assertThat(Files.readString(site.resolve("dist/_redirects"))).contains("/guide/setup/ /guide/install/ 301");
        assertThat(site.resolve("dist/search/index.json")).exists();
        TestSite.Run check = TestSite.cli("check", "--source", site.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("check passed: 4 pages; checked links, content rules, source rules\n");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        TestSite.Run run = TestSite.cli("init", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: refusing to write a starter site into " + dir + ": it is not empty\n"
                + "  hint: choose a new or empty folder: quire init my-docs\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void anEmptyFolderIsFine() {
        TestSite.Run run = TestSite.cli("init", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("content/index.mdx")).exists();
    }
}
