package dev.quire.site;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code quire impact}: which pages a partial, template or data change touches. */
class ImpactSiteTest {

    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Docs
            -- templates/components/Callout.peb --
            <div>{{ children | raw }}</div>
            -- partials/p/outer.mdx --
            <Render file="inner" product="p" />
            -- partials/p/inner.mdx --
            <Callout>inner</Callout>
            -- partials/p/unused.mdx --
            Nobody uses me.
            -- content/index.mdx --
            ---
            title: Home
            ---
            -- content/a.mdx --
            ---
            title: A
            ---
            <Render file="outer" product="p" />
            -- content/b.mdx --
            ---
            title: B
            ---
            <Render file="inner" product="p" />
            -- content/c.md --
            ---
            title: C
            ---
            :::note
            x
            :::
            """;

    private TestSite.Run impact(String... files) {
        String[] args = new String[files.length + 3];
        args[0] = "impact";
        args[1] = "--source";
        args[2] = dir.toString();
        System.arraycopy(files, 0, args, 3, files.length);
        return TestSite.cli(args);
    }

    @Test
    void aPartialTouchesThePagesThatIncludeItThroughAnyChain() {
        TestSite.of(dir, SITE);
        assertThat(impact("partials/p/inner.mdx").out()).isEqualTo("/a/\n/b/\n");
        assertThat(impact("partials/p/outer.mdx").out()).isEqualTo("/a/\n");
        assertThat(impact("partials/p/unused.mdx").out()).isEmpty();
    }

    @Test
    void aComponentTemplateTouchesThePagesUsingIt() {
        TestSite.of(dir, SITE);
        assertThat(impact("templates/components/Callout.peb").out()).isEqualTo("/a/\n/b/\n");
        assertThat(impact("templates/components/Aside.peb").out()).isEqualTo("/c/\n");
    }

    @Test
    void layoutsAndDataTouchEveryPage() {
        TestSite.of(dir, SITE);
        assertThat(impact("templates/layouts/page.peb").out()).isEqualTo("/\n/a/\n/b/\n/c/\n");
        assertThat(impact("data/models.yaml").out()).isEqualTo("/\n/a/\n/b/\n/c/\n");
    }

    @Test
    void aFileOutsideTheSiteIsAUsageError() {
        TestSite.of(dir, SITE);
        TestSite.Run run = impact("/etc/passwd");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: /etc/passwd is not inside the site ");
    }
}
