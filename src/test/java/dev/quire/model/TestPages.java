package dev.quire.model;

import dev.quire.content.FrontMatter;
import dev.quire.content.FrontMatterReader;
import dev.quire.content.PageMeta;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.SourceText;

/** Pages for model tests, made from a content path and the frontmatter's YAML. */
final class TestPages {

    private TestPages() {
    }

    static Page page(String contentPath, String frontmatter) {
        SourceText src = new SourceText("content/" + contentPath, "---\n" + frontmatter + "\n---\n");
        FrontMatter fm = FrontMatter.split(src);
        PageMeta meta = FrontMatterReader.read(src, fm, true, new Diagnostics());
        String path = Urls.pathOf(contentPath);
        return new Page(new SourceFile(contentPath, src, fm, meta, true), path, "/" + path);
    }
}
