package dev.quire.search;

import java.util.List;

/**
 * A page as the search index sees it.
 *
 * @param url        the page's URL (base path included)
 * @param title      the page title
 * @param deprecated true when the page is deprecated: it ranks below current pages
 * @param sections   its sections in document order
 * @param words      the words of those sections, counted before ({@link PageWords#of}), or null to count them now
 */
public record SearchPage(String url, String title, boolean deprecated, List<SectionText> sections, PageWords words) {

    public SearchPage {
        sections = List.copyOf(sections);
        if (words != null && words.sections() != sections.size()) throw new IllegalArgumentException("words of other sections");
    }

    public SearchPage(String url, String title, boolean deprecated, List<SectionText> sections) {
        this(url, title, deprecated, sections, null);
    }
}
