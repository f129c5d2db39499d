package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code quire check} over the example site: it passes cleanly, and a copy with planted mistakes fails
 * with each rule's message pinned, in each output format.
 */
class CheckRulesSiteTest {

    static final Path EXAMPLE = Path.of(".");
    static final List<String> FOLDERS = List.of("content", "partials", "redirects", "data", "static", "templates");

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void copyExample() throws IOException {
        for (String folder : FOLDERS) {
            Path from = EXAMPLE.resolve(folder);
            if (!Files.isDirectory(from)) continue;
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(EXAMPLE.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        Files.copy(EXAMPLE.resolve("site.yaml"), dir.resolve("site.yaml"));
        site = TestSite.of(dir, "");
    }

    private TestSite.Run check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--source";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TestSite.cli(all);
    }

    static final String PLANTED = """
            ---
            title: Planted
            ---
            import { Tabs, TabItem } from "~/components";

            See [setup](/get-started/#no-such-step), [old](/tutorials/) and [gone](../nowhere/).

            ![diagram](/images/missing.png)

            #### Too deep

            ## Setup {#setup}

            ## Again {#setup}

            ```
            plain
            ```

            ```js
            export default {
              async fetch(request) {
                return new Response("hi");
              },
            };
            ```

            ```json
            {"model": "openai/gpt-5-mega"}
            ```

            <Render file="planted" product="relay" params={{ name: "x" }} />
            """;

    static final String PLANTED_PARTIAL = """
            ---
            params: [name, unused?]
            ---

            Hello {props.name}, read [the guide](/guide/).
            """;

    @Test
    void theExampleSitePassesCleanly() {
        TestSite.Run run = check();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("check passed: 28 pages; checked links, content rules, source rules\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void plantedMistakesFailWithEachMessage() {
        site.write("content/planted.mdx", PLANTED).write("partials/relay/planted.mdx", PLANTED_PARTIAL);
        TestSite.Run run = check();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                content/planted.mdx:1:1: warning: page has no description [missing-description]
                  ---
                  ^
                  hint: add description: to its frontmatter: one sentence for search results and link previews
                content/planted.mdx:4:10: warning: 'Tabs' is imported but never used [unused-import]
                  import { Tabs, TabItem } from "~/components";
                           ^
                  hint: remove it from the import (or use <Tabs> on the page)
                content/planted.mdx:4:16: warning: 'TabItem' is imported but never used [unused-import]
                  import { Tabs, TabItem } from "~/components";
                                 ^
                  hint: remove it from the import (or use <TabItem> on the page)
                content/planted.mdx:6:13: error: #no-such-step is no id on /get-started/ [broken-anchor]
                  See [setup](/get-started/#no-such-step), [old](/tutorials/) and [gone](../nowhere/).
                              ^
                  hint: link to a heading's id (its text in lower case, spaces as -) or to {#custom-id}
                content/planted.mdx:6:48: warning: /tutorials/ is redirected to /get-started/ [link-to-redirect]
                  See [setup](/get-started/#no-such-step), [old](/tutorials/) and [gone](../nowhere/).
                                                                 ^
                  hint: link to /get-started/ directly
                content/planted.mdx:6:72: error: link ../nowhere/ leads nowhere: /nowhere/ is no page or file of this site [broken-link]
                  See [setup](/get-started/#no-such-step), [old](/tutorials/) and [gone](../nowhere/).
                                                                                         ^
                  hint: link to a page's URL (e.g. /guide/setup/) or to a file under static/
                content/planted.mdx:8:12: error: image /images/missing.png leads nowhere: /images/missing.png is no page or file of this site [broken-link]
                  ![diagram](/images/missing.png)
                             ^
                  hint: link to a page's URL (e.g. /guide/setup/) or to a file under static/
                content/planted.mdx:10:1: warning: heading level skips from h1 to h4 [heading-level-skip]
                  #### Too deep
                  ^
                  hint: make it an h2 (##), so that the outline has no gap
                content/planted.mdx:14:1: error: the custom id 'setup' is already used on this page, at content/planted.mdx:12:1 [duplicate-id]
                  ## Again {#setup}
                  ^
                  hint: give one of them another id: links to #setup reach only the first
                content/planted.mdx:16:1: warning: code fence without a language [fence-without-language]
                  ```
                  ^
                  hint: name it after the opening fence, e.g. ```sh or ```json; use ```txt for plain text
                content/planted.mdx:20:1: warning: Worker code in a bare ```js fence [worker-code-in-bare-fence]
                  ```js
                  ^
                  hint: wrap it in <TypeScriptExample> (written in TypeScript; it shows the JavaScript too)
                content/planted.mdx:29:12: error: 'openai/gpt-5-mega' is no id in data/models.yaml [unknown-data-value]
                  {"model": "openai/gpt-5-mega"}
                             ^
                  hint: did you mean 'openai/gpt-4o-mini'? use a value listed there, or add it to data/models.yaml
                partials/relay/planted.mdx:2:16: warning: param 'unused' is declared but the partial never reads {props.unused} [unused-partial-param]
                  params: [name, unused?]
                                 ^
                  hint: use {props.unused} in the partial, or remove it from params:
                partials/relay/planted.mdx:5:38: error: link /guide/ leads nowhere: /guide/ is no page or file of this site [broken-link]
                  Hello {props.name}, read [the guide](/guide/).
                                                       ^
                  hint: link to a page's URL (e.g. /guide/setup/) or to a file under static/
                  note: included from content/planted.mdx:32:1
                check failed: 6 errors, 8 warnings
                """);
    }

    @Test
    void severitiesComeFromSiteYamlAndStrictMakesWarningsErrors() throws IOException {
        site.write("content/planted.mdx", """
                ---
                title: Planted
                description: A page with a fence without language.
                ---

                ```
                plain
                ```
                """);
        TestSite.Run warned = check();
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.out()).isEqualTo("check passed: 29 pages; checked links, content rules, source rules; 1 warning\n");
        assertThat(check("--strict").exitCode()).isEqualTo(1);
        Files.writeString(dir.resolve("site.yaml"), Files.readString(dir.resolve("site.yaml"))
                + "  rules:\n    fence-without-language: off\n    fence-without-languge: error\n");
        TestSite.Run off = check("--strict");
        assertThat(off.err()).isEqualTo("""
                site.yaml:22:5: error: unknown rule 'fence-without-languge' in check.rules of site.yaml
                  hint: did you mean 'fence-without-language'? rules: broken-link, broken-anchor, link-to-redirect, \
                external-link, worker-code-in-bare-fence, unused-import, fence-without-language, heading-level-skip, \
                duplicate-id, unused-partial-param, missing-description, unknown-data-value
                check failed: 1 error, 0 warnings
                """);
    }

    @Test
    void jsonAndGithubFormats() {
        site.write("content/planted.mdx", """
                ---
                title: Planted
                description: A page with one broken link.
                ---

                See [gone](/gone/).
                """);
        TestSite.Run json = check("--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).isEqualTo("""
                [
                  {"severity": "error", "rule": "broken-link", "file": "content/planted.mdx", "line": 6, "column": 12, \
                "message": "link /gone/ leads nowhere: /gone/ is no page or file of this site [broken-link]", \
                "hint": "link to a page's URL (e.g. /guide/setup/) or to a file under static/"}
                ]
                """);
        TestSite.Run github = check("--format", "github");
        assertThat(github.out()).isEqualTo("::error file=content/planted.mdx,line=6,col=12,title=broken-link::"
                + "link /gone/ leads nowhere: /gone/ is no page or file of this site [broken-link]%0A"
                + "hint: link to a page's URL (e.g. /guide/setup/) or to a file under static/\n");
        assertThat(github.err()).isEqualTo("check failed: 1 error, 0 warnings\n");
    }
}
