package dev.quire.build;

import dev.quire.config.SiteConfig;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns read sources into the site model: URLs, drafts left out, two files at one URL refused. */
final class SiteAssembler {

    private SiteAssembler() {
    }

    static Site assemble(SiteConfig config, List<SourceFile> files, boolean drafts, Diagnostics diagnostics) {
        Map<String, Page> byPath = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.meta().draft() && !drafts) continue;
            String path = Urls.pathOf(file.contentPath());
            Page page = new Page(file, path, config.basePath() + path);
            Page other = byPath.putIfAbsent(path, page);
            if (other != null) {
                diagnostics.add(file.source().errorAt(1, 1, "two pages are published at " + page.url()
                        + ": this file and " + other.sitePath()).withHint("rename or remove one of them"));
                continue;
            }
            pages.add(page);
        }
        return new Site(config, pages);
    }

}
