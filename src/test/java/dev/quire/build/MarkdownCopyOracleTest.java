package dev.quire.build;

import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.render.HighlightedCode;
import dev.quire.render.MarkdownCopyOracle;
import dev.quire.render.PageRef;
import dev.quire.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page of the example site and of the real corpus has the same Markdown copy from Quire's
 * direct writer as from the flexmark formatter it replaced (the oracle), byte for byte. The corpus is
 * read where it is, without its own component templates: the copy does not use templates, and a
 * component without one renders its content.
 */
class MarkdownCopyOracleTest {

    @Test
    void theExampleSitesCopiesAreTheFormattersCopies() {
        assertSameCopies(Path.of("."), 20);
    }

    @Test
    void theCorpusCopiesAreTheFormattersCopies() {
        assumeTrue(Corpus.present(), "corpus not present");
        assertSameCopies(Corpus.PATH, 50);
    }

    private static void assertSameCopies(Path source, int atLeast) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(source, diagnostics);
        Site site = SiteAssembler.assemble(config, ContentScanner.read(source, ContentScanner.list(source), diagnostics), false, diagnostics);
        Map<String, Object> data = DataFiles.load(source, diagnostics);
        Renderers renderers = Renderers.create(source, site, data, new HighlightedCode());
        MarkdownCopyOracle oracle = new MarkdownCopyOracle(renderers.markdown(), renderers.components());
        List<String> different = new ArrayList<>();
        int compared = 0;
        for (Page page : site.pages()) {
            MarkdownCopyOracle.Copies copies = oracle.copies(page.file(), PageRef.of(page));
            assertThat(copies.rendered()).as(page.file().contentPath()).isEqualTo(copies.writer());
            if (!copies.writer().equals(copies.formatter())) {
                different.add(page.file().contentPath());
                assertThat(copies.writer()).as(page.file().contentPath()).isEqualTo(copies.formatter());
            }
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(atLeast);
        assertThat(different).isEmpty();
    }
}
