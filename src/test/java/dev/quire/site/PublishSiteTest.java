package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.quire.testing.GitFixture.commitAll;
import static dev.quire.testing.GitFixture.git;
import static dev.quire.testing.GitFixture.init;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of {@code quire publish} against a real bare git repository and against a folder. */
class PublishSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Relay Docs
            url: https://docs.example.com
            -- .gitignore --
            dist/
            -- content/index.mdx --
            ---
            title: Welcome
            ---
            -- content/get-started.mdx --
            ---
            title: Get started
            ---
            -- content/old.mdx --
            ---
            title: Old page
            ---
            """;

    private Path site() {
        return dir.resolve("site");
    }

    private TestSite.Run publish(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "publish";
        all[1] = "--source";
        all[2] = site().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TestSite.cli(all);
    }

    @Test
    void publishesToABranchOfABareRepositoryAndTouchesNothingElse() {
        Path remote = dir.resolve("remote.git");
        git(dir, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path other = dir.resolve("other");
        git(dir, "clone", "-q", remote.toString(), other.toString());
        init(other);
        TestSite.of(other, "-- README.md --\nsource\n");
        commitAll(other, "source");
        git(other, "push", "-q", "origin", "HEAD:main");
        String mainBefore = git(remote, "rev-parse", "main");

        TestSite site = TestSite.of(site(), SITE);
        init(site());
        commitAll(site(), "Write the docs");
        String sourceCommit = git(site(), "rev-parse", "HEAD").strip();

        TestSite.Run dry = publish("--git", remote.toString(), "--branch", "gh-pages", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("+ .nojekyll\n", "+ .quire/hashes.txt\n", "+ .quire/manifest.json\n", "+ _headers\n", "+ get-started/index.html\n")
                .endsWith("dry run: publishing to branch gh-pages of " + remote + " would add 26, change 0 and remove 0 files\n");
        assertThat(git(remote, "branch", "--list")).doesNotContain("gh-pages");

        TestSite.Run first = publish("--git", remote.toString(), "--branch", "gh-pages");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("published 3 pages to branch gh-pages of " + remote + ": commit ");
        assertThat(git(remote, "log", "-1", "--format=%an <%ae>%n%B", "gh-pages"))
                .isEqualTo("Test Author <author@example.com>\nPublish the site built from " + sourceCommit + "\n\nWrite the docs\n\n");
        assertThat(git(remote, "show", "gh-pages:get-started/index.html")).contains("Get started");
        assertThat(git(remote, "rev-parse", "main")).isEqualTo(mainBefore);

        TestSite.Run again = publish("--git", remote.toString(), "--branch", "gh-pages");
        assertThat(again.out()).isEqualTo("nothing to publish: branch gh-pages of " + remote + " already holds this build\n");
        assertThat(git(remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("1");

        site.delete("content/old.mdx");
        commitAll(site(), "Remove the old page");
        TestSite.Run refused = publish("--git", remote.toString(), "--branch", "gh-pages");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("""
                error: publishing would remove /old/ (built from content/old.mdx) from branch gh-pages, and no redirect covers it
                  hint: add a line such as '/old/ / 301' to a file in redirects/ (without the base path), or pass --allow-removals
                """);
        site.write("redirects/docs.txt", "/old/ /get-started/\n");
        commitAll(site(), "Redirect the old page");
        TestSite.Run second = publish("--git", remote.toString(), "--branch", "gh-pages", "--dry-run");
        List<String> lines = second.out().lines().toList();
        assertThat(lines).filteredOn(l -> !l.contains(" search/") && !l.startsWith("dry run")).containsExactly(
                "+ _redirects", "~ .quire/hashes.txt", "~ .quire/manifest.json", "~ 404.html", "~ get-started/index.html", "~ index.html",
                "~ llms-full.txt", "~ llms.txt", "~ old/index.html", "~ sitemap.xml", "- old/index.md");
        assertThat(lines.get(lines.size() - 1)).as("the search index changes too")
                .matches("dry run: publishing to branch gh-pages of " + java.util.regex.Pattern.quote(remote.toString())
                        + " would add \\d+, change \\d+ and remove \\d+ files");
        assertThat(publish("--git", remote.toString(), "--branch", "gh-pages").exitCode()).isZero();
        assertThat(git(remote, "show", "gh-pages:old/index.html")).contains("http-equiv=\"refresh\"");
        assertThat(git(remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("2");
    }

    @Test
    void allowRemovalsPublishesASiteOutsideGit() {
        Path remote = dir.resolve("remote.git");
        git(dir, "init", "-q", "--bare", remote.toString());
        TestSite site = TestSite.of(site(), SITE);
        assertThat(publish("--git", remote.toString(), "--branch", "pages").exitCode()).isZero();
        assertThat(git(remote, "log", "-1", "--format=%an%n%s", "pages")).isEqualTo("Quire\nPublish the site (its folder is not in git)\n");
        site.delete("content/old.mdx");
        assertThat(publish("--git", remote.toString(), "--branch", "pages").exitCode()).isEqualTo(1);
        TestSite.Run allowed = publish("--git", remote.toString(), "--branch", "pages", "--allow-removals");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(git(remote, "ls-tree", "-r", "--name-only", "pages")).doesNotContain("old/index.html");
    }

    @Test
    void publishesToAFolderAtomically() throws Exception {
        Path www = dir.resolve("www");
        TestSite site = TestSite.of(site(), SITE);
        TestSite.Run first = publish("--to", www.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(www.resolve("get-started/index.html")).exists();
        site.delete("content/old.mdx").write("redirects/docs.txt", "/old/ /get-started/\n")
                .write("content/new.mdx", "---\ntitle: New\n---\n");
        TestSite.Run dry = publish("--to", www.toString(), "--dry-run");
        assertThat(dry.out()).startsWith("+ _redirects\n+ new/index.html\n+ new/index.md\n").contains("~ .quire/hashes.txt\n", "~ .quire/manifest.json\n", "- old/index.md\n");
        assertThat(www.resolve("new/index.html")).doesNotExist();
        assertThat(publish("--to", www.toString()).exitCode()).isZero();
        assertThat(www.resolve("new/index.html")).exists();
        assertThat(Files.readString(www.resolve("old/index.html"))).contains("http-equiv=\"refresh\"");
        assertThat(publish("--to", www.toString()).out()).isEqualTo("nothing to publish: " + www + " already holds this build\n");
    }

    @Test
    void aFolderQuireDidNotWriteIsRefused() throws Exception {
        Path www = dir.resolve("www");
        Files.createDirectories(www);
        Files.writeString(www.resolve("index.html"), "mine");
        TestSite.of(site(), SITE);
        TestSite.Run run = publish("--to", www.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: refusing to publish into " + www + ": it is not empty and was not published by Quire (no .quire/manifest.json)\n"
                + "  hint: empty it yourself, or choose another folder\n");
        assertThat(Files.readString(www.resolve("index.html"))).isEqualTo("mine");
        TestSite.Run both = publish();
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: publish needs one target: --git REMOTE or --to DIR\n");
    }
}
