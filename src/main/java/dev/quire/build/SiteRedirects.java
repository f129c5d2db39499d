package dev.quire.build;

import dev.quire.diag.Diagnostics;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.redirect.HostLimits;
import dev.quire.model.redirect.RedirectFiles;
import dev.quire.model.redirect.RedirectResolver;
import dev.quire.model.redirect.RedirectRule;
import dev.quire.model.redirect.Redirects;
import dev.quire.model.redirect.SiteIndex;
import dev.quire.output.HeadersOutput;
import dev.quire.output.RedirectsOutput;
import dev.quire.output.StaticFilesOutput;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The redirect stage: reads {@code redirects/*.txt} and checks it against the site's pages and files. */
final class SiteRedirects {

    private SiteRedirects() {
    }

    static Redirects check(Path source, Site site, List<String> staticFiles, Diagnostics diagnostics) {
        List<RedirectRule> rules = RedirectFiles.read(source, diagnostics);
        if (rules.isEmpty()) return Redirects.NONE;
        Map<String, String> pages = new HashMap<>();
        for (Page page : site.pages()) pages.put("/" + page.path(), page.sitePath());
        Map<String, String> files = new HashMap<>();
        for (String file : staticFiles) files.put("/" + file, StaticFilesOutput.DIR + "/" + file);
        files.put("/404.html", "the not-found page");
        files.put("/" + RedirectsOutput.FILE, "Quire's redirect file");
        files.put("/" + HeadersOutput.FILE, "Quire's headers file");
        if (!site.config().url().isEmpty()) files.put("/sitemap.xml", "the sitemap");
        Redirects redirects = RedirectResolver.resolve(rules, new SiteIndex(pages, files), site.config().basePath(), diagnostics);
        HostLimits.check(redirects, diagnostics);
        return redirects;
    }
}
