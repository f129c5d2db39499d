package dev.quire.search;

import java.util.List;

/**
 * A page as the search index sees it.
 *
 * @param url        the page's URL (base path included)
 * @param title      the page title
 * @param deprecated true when the page is deprecated: it ranks below current pages
 * @param sections   its sections in document order
 */
public record SearchPage(String url, String title, boolean deprecated, List<SectionText> sections) {

    public SearchPage {
        sections = List.copyOf(sections);
    }
}
