package dev.quire.output;

import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.template.TemplateEngine;

import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} from the {@code sitemap.xml.peb} template, one entry per built page. Sitemaps
 * need absolute URLs, so a site without {@code url} in site.yaml gets none.
 */
public final class SitemapOutput {

    /** What the sitemap template sees per page. */
    public record Entry(String permalink) {
    }

    private SitemapOutput() {
    }

    public static void write(Site site, Object siteView, TemplateEngine templates, OutputSink sink) {
        if (site.config().url().isEmpty()) return;
        List<Entry> entries = site.pages().stream().map(Page::url).sorted().map(u -> new Entry(site.permalink(u))).toList();
        sink.write("sitemap.xml", templates.render("sitemap.xml.peb", Map.of("site", siteView, "pages", entries)));
    }
}
