package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Last updated" from one git log over content/; nothing outside git or in a shallow clone. */
class LastUpdatedSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- content/index.mdx --
            ---
            title: Home
            ---
            Home.
            -- content/a.mdx --
            ---
            title: A
            ---
            A.
            """;

    @Test
    void eachPageShowsTheDateOfTheLastCommitThatChangedItsFile() throws Exception {
        TestSite site = TestSite.of(dir.resolve("site"), SITE);
        git(site.dir(), "2025-01-02T10:00:00Z", "init", "-q");
        commit(site.dir(), "2025-01-02T10:00:00Z");
        site.edit("content/a.mdx", "A.", "A, changed.");
        commit(site.dir(), "2025-03-04T10:00:00Z");
        site.build();
        assertThat(site.html("a/index.html").selectFirst(".last-updated").text()).isEqualTo("Last updated 2025-03-04");
        assertThat(site.html("a/index.html").selectFirst(".last-updated time").attr("datetime")).isEqualTo("2025-03-04");
        assertThat(site.html("index.html").selectFirst(".last-updated").text()).isEqualTo("Last updated 2025-01-02");
        assertThat(site.html("a/index.html").selectFirst("meta[property=article:modified_time]").attr("content")).isEqualTo("2025-03-04");
    }

    @Test
    void aShallowCloneShowsNoDateRatherThanAWrongOne() throws Exception {
        TestSite origin = TestSite.of(dir.resolve("origin"), SITE);
        git(origin.dir(), "2025-01-02T10:00:00Z", "init", "-q");
        commit(origin.dir(), "2025-01-02T10:00:00Z");
        origin.edit("content/index.mdx", "Home.", "Home again.");
        commit(origin.dir(), "2025-03-04T10:00:00Z");
        git(dir, "2025-03-04T10:00:00Z", "clone", "-q", "--depth", "1", "file://" + origin.dir(), "clone");
        TestSite clone = TestSite.of(dir.resolve("clone"), "").build();
        assertThat(clone.html("a/index.html").select(".last-updated")).isEmpty();
    }

    @Test
    void aSiteOutsideGitShowsNoDate() {
        TestSite site = TestSite.of(dir.resolve("plain"), SITE).build();
        assertThat(site.html("a/index.html").select(".last-updated")).isEmpty();
    }

    private static void commit(Path repo, String date) throws Exception {
        git(repo, date, "add", "-A");
        git(repo, date, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "change");
    }

    private static void git(Path dir, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
