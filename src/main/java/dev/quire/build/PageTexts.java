package dev.quire.build;

import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.render.PageText;
import dev.quire.search.PageWords;
import dev.quire.search.SearchPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the outputs made from every page's text ({@link TextOutputs}) take that text from: the pages the
 * search index holds, and each page's Markdown copy. The dev server keeps the texts in memory
 * ({@link #of}); a build writes each page's search file and Markdown copy as the page renders and
 * reads them back from there ({@link WrittenTexts}), so that it does not hold the whole site's text.
 */
interface PageTexts {

    /** The pages of the search index, in any order (the index numbers them by URL). */
    List<SearchPage> searchPages(Site site);

    /** The page's Markdown copy, or null when the page failed. */
    String markdown(String url);

    /** True when the page is in the search index: all but those whose frontmatter says {@code search: false}. */
    static boolean indexed(Page page) {
        return !Boolean.FALSE.equals(page.meta().raw().get("search"));
    }

    /** Texts held in memory, by URL; {@code words} holds the words of pages counted before (the others are counted by the index). */
    static PageTexts of(Map<String, PageText> texts, Map<String, PageWords> words) {
        return new PageTexts() {
            @Override
            public List<SearchPage> searchPages(Site site) {
                List<SearchPage> pages = new ArrayList<>();
                for (Page page : site.pages()) {
                    PageText text = texts.get(page.url());
                    if (text == null || !indexed(page)) continue;
                    pages.add(new SearchPage(page.url(), page.title(), page.meta().deprecated() != null, text.sections(), words.get(page.url())));
                }
                return pages;
            }

            @Override
            public String markdown(String url) {
                PageText text = texts.get(url);
                return text == null ? null : text.markdown();
            }
        };
    }
}
