package dev.quire.build;

import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.render.PageText;
import dev.quire.search.Analysis;
import dev.quire.search.PageWords;
import dev.quire.search.SearchIndex;
import dev.quire.search.SearchPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the site's pages with their rendered text: the pages the search index holds (all but those
 * whose frontmatter says {@code search: false}; deprecated ones marked), and each page's Markdown.
 */
final class SiteSearch {

    private SiteSearch() {
    }

    /** The search index of the site, in the site's language. */
    static SearchIndex index(Site site, Map<String, PageText> texts) {
        return index(site, texts, Map.of());
    }

    /** The same, with the words of pages counted before ({@code words}, by URL). */
    static SearchIndex index(Site site, Map<String, PageText> texts, Map<String, PageWords> words) {
        List<SearchPage> pages = new ArrayList<>();
        for (Page page : site.pages()) {
            PageText text = texts.get(page.url());
            if (text == null || Boolean.FALSE.equals(page.meta().raw().get("search"))) continue;
            pages.add(new SearchPage(page.url(), page.title(), page.meta().deprecated() != null, text.sections(), words.get(page.url())));
        }
        return SearchIndex.build(pages, new Analysis(site.config().language()));
    }

    /** Each page's Markdown copy by URL, in reading order (the sidebar's), pages that failed left out. */
    static Map<String, String> markdown(Site site, Map<String, PageText> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        // by URL: a Page's own hash code would hash its whole source on every look-up
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Page page : site.nav().readingOrder()) pages.putIfAbsent(page.url(), page);
        for (Page page : site.pages()) pages.putIfAbsent(page.url(), page);
        for (Page page : pages.values()) {
            PageText text = texts.get(page.url());
            if (text != null) out.put(page.url(), text.markdown());
        }
        return out;
    }
}
