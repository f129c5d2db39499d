package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.quire.testing.GitFixture.commitAll;
import static dev.quire.testing.GitFixture.git;
import static dev.quire.testing.GitFixture.init;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code quire review --base REF} against a real git repository with pages and partials added, removed, renamed and edited. */
class ReviewSiteTest {

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
            Start with [caching](/caching/).
            -- content/caching.mdx --
            ---
            title: Caching
            ---
            <Render file="tip" product="relay" />
            -- content/limits.mdx --
            ---
            title: Limits
            ---
            <Render file="tip" product="relay" />
            -- content/old.mdx --
            ---
            title: Old
            ---
            -- partials/relay/tip.mdx --
            Keep your keys safe.
            -- templates/components/Note.peb --
            <p class="note">{{ children | raw }}</p>
            """;

    @Test
    void namesEachKindOfChangeAndTheFindingsInChangedFiles() {
        TestSite site = TestSite.of(dir, SITE);
        init(dir);
        commitAll(dir, "first");
        git(dir, "branch", "base");
        git(dir, "mv", "content/caching.mdx", "content/response-caching.mdx");
        site.delete("content/old.mdx")
                .write("content/new.mdx", "---\ntitle: New\n---\nSee [limits](/limitz/).\n")
                .edit("content/index.mdx", "/caching/", "/response-caching/")
                .write("partials/relay/tip.mdx", "Keep your keys safe and rotate them.\n")
                .write("templates/components/Note.peb", "<aside class=\"note\">{{ children | raw }}</aside>\n");
        commitAll(dir, "restructure");
        site.write("content/draft-notes.mdx", "---\ntitle: Draft notes\n---\n```\nx\n```\n");
        TestSite.Run run = TestSite.cli("review", "--source", dir.toString(), "--base", "base");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                ## Quire review against base

                ### Pages added (2)

                - /new/ (`content/new.mdx`)
                - /draft-notes/ (`content/draft-notes.mdx`)

                ### Pages removed (1)

                - /old/ (`content/old.mdx`): **no redirect**

                ### Pages renamed (1)

                - /caching/ → /response-caching/ (`content/caching.mdx` → `content/response-caching.mdx`): **no redirect**

                ### Pages edited (1)

                - / (`content/index.mdx`)

                Add to a file in `redirects/`:

                ```
                /old/ / 301
                /caching/ /response-caching/ 301
                ```

                ### Partials changed (1)

                - `partials/relay/tip.mdx` (edited), shown on 2 pages: /limits/, /response-caching/

                ### Templates changed (1)

                - `templates/components/Note.peb`

                ### Check findings in changed files (2)

                - `content/draft-notes.mdx:4:1` warning: code fence without a language [fence-without-language] (name it after the opening fence, e.g. '''sh or '''json; use '''txt for plain text)
                - `content/new.mdx:4:14` error: link /limitz/ leads nowhere: /limitz/ is no page or file of this site [broken-link] (did you mean /limits/? link to a page's URL (e.g. /guide/setup/) or to a file under static/)
                """);
        site.write("redirects/docs.txt", "/old/ / 301\n/caching/ /response-caching/ 301\n");
        assertThat(TestSite.cli("review", "--source", dir.toString(), "--base", "base").out())
                .contains("- /old/ (`content/old.mdx`): redirected ✓", "(`content/caching.mdx` → `content/response-caching.mdx`): redirected ✓")
                .doesNotContain("Add to a file");
    }
}
