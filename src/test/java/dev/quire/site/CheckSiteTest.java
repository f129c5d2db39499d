package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.quire.testing.GitFixture.commitAll;
import static dev.quire.testing.GitFixture.git;
import static dev.quire.testing.GitFixture.init;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site tests of {@code quire check --baseline} and {@code --since}: removed pages must be redirected. */
class CheckSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Relay Docs
            url: https://docs.example.com
            check:
              rules:
                missing-description: off
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
            -- content/tutorials/index.mdx --
            ---
            title: Tutorials
            ---
            -- content/tutorials/chatbot.mdx --
            ---
            title: Build a chatbot
            ---
            -- content/configuration/response-caching.mdx --
            ---
            title: Response caching
            ---
            -- content/wip.mdx --
            ---
            title: Work in progress
            draft: true
            ---
            """;

    private TestSite.Run check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--source";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TestSite.cli(all);
    }

    @Test
    void sinceACommitNamesRemovedPagesAndSuggestsRedirectsForRenames() {
        TestSite site = TestSite.of(dir, SITE);
        init(dir);
        commitAll(dir, "first");
        git(dir, "branch", "base");
        site.delete("content/tutorials/chatbot.mdx").delete("content/tutorials/index.mdx").delete("content/wip.mdx");
        git(dir, "mv", "content/configuration/response-caching.mdx", "content/configuration/caching.mdx");
        commitAll(dir, "restructure");
        TestSite.Run run = check("--since", "base");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                error: /configuration/response-caching/ was published at base but is gone, and no redirect covers it
                  hint: git saw it renamed; add this line to a file in redirects/: /configuration/response-caching/ /configuration/caching/ 301
                  note: it was built from content/configuration/response-caching.mdx
                error: /tutorials/ was published at base but is gone, and no redirect covers it
                  hint: add this line to a file in redirects/: /tutorials/ / 301
                  note: it was built from content/tutorials/index.mdx
                error: /tutorials/chatbot/ was published at base but is gone, and no redirect covers it
                  hint: add this line to a file in redirects/: /tutorials/chatbot/ / 301
                  note: it was built from content/tutorials/chatbot.mdx
                check failed: 3 errors, 0 warnings
                """);
        site.write("redirects/docs.txt", """
                /configuration/response-caching/ /configuration/caching/
                /tutorials/* /get-started/
                /tutorials/ /get-started/
                """);
        TestSite.Run fixed = check("--since", "base");
        assertThat(fixed.err()).isEmpty();
        assertThat(fixed.out()).isEqualTo("check passed: 3 pages; checked links, content rules, source rules, removed pages\n");
        assertThat(fixed.exitCode()).isZero();
    }

    @Test
    void aBaselineListOfPathsIsCheckedWithPositions() {
        TestSite.of(dir, SITE).write("baseline.txt", "# pages of 2025\n/get-started/\n  /quickstart/\n/tutorials/chatbot/\n");
        TestSite.Run run = check("--baseline", dir.resolve("baseline.txt").toString());
        assertThat(run.err()).isEqualTo(dir.resolve("baseline.txt") + ":3:3: error: /quickstart/ was published at baseline.txt but is gone, and no redirect covers it\n"
                + "  hint: add this line to a file in redirects/: /quickstart/ / 301\n"
                + "check failed: 1 error, 0 warnings\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aBaselineManifestOfAnEarlierBuildIsChecked() throws Exception {
        TestSite site = TestSite.of(dir, SITE).build();
        Path manifest = dir.resolve("old-manifest.json");
        java.nio.file.Files.copy(site.out().resolve(".quire/manifest.json"), manifest);
        site.delete("content/get-started.mdx").write("content/getting-started.mdx", "---\ntitle: Start\n---\n");
        assertThat(check("--baseline", manifest.toString()).err()).startsWith(
                "error: /get-started/ was published at old-manifest.json but is gone, and no redirect covers it\n"
                        + "  hint: add this line to a file in redirects/: /get-started/ /getting-started/ 301\n"
                        + "  note: it was built from content/get-started.mdx\n");
        site.write("redirects/moves.txt", "/get-started /getting-started/ 308\n");
        assertThat(check("--baseline", manifest.toString()).exitCode()).isZero();
    }

    @Test
    void wrongBaselinesAreUsageErrors() {
        TestSite.of(dir, SITE).write("bad.txt", "get-started\n");
        TestSite.Run bad = check("--baseline", dir.resolve("bad.txt").toString());
        assertThat(bad.err()).isEqualTo(dir.resolve("bad.txt") + ":1:1: error: 'get-started' is not a URL path\n"
                + "  get-started\n  ^\n  hint: write one path a line, starting with /, e.g. /guide/setup/\n");
        assertThat(bad.exitCode()).isEqualTo(1);
        TestSite.Run notGit = check("--since", "main");
        assertThat(notGit.exitCode()).as(notGit.err()).isEqualTo(2);
        assertThat(notGit.err()).startsWith("error: --since needs the site to be in a git repository: ");
        init(dir);
        commitAll(dir, "first");
        TestSite.Run unknown = check("--since", "nope");
        assertThat(unknown.err()).isEqualTo("error: unknown git revision 'nope'\n"
                + "  hint: pass a branch, tag or commit such as main or HEAD~1; in CI, fetch it first (git fetch origin main)\n");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    @Test
    void aSiteThatDoesNotBuildFailsTheCheck() {
        TestSite.of(dir, SITE).write("redirects/docs.txt", "/x/ /nowhere/\n");
        TestSite.Run run = check();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("check failed: the site does not build (1 error, 0 warnings)\n");
    }
}
