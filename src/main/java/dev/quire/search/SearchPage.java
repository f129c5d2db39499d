package dev.quire.search;

import java.util.List;

/**
 * A page as the search index sees it.
 *
 * @param url        the page's URL (base path included)
 * @param title      the page title
 * @param deprecated true when the page is deprecated: it ranks below current pages
 * @param sections   its sections in document order; empty when its file was {@code written} before
 * @param words      the words of those sections, counted before ({@link PageWords#of}), or null to count them now
 * @param written    when the page's file ({@link SearchIndexFiles#pagePath}) was written as the page rendered,
 *                   the {@link dev.quire.config.Checksums#summary summary} of its bytes; null to write it with the index
 */
public record SearchPage(String url, String title, boolean deprecated, List<SectionText> sections, PageWords words, byte[] written) {

    public SearchPage {
        sections = List.copyOf(sections);
        if (written != null && (words == null || !sections.isEmpty())) throw new IllegalArgumentException("a written page needs its words, not its text");
        if (words != null && written == null && words.sections() != sections.size()) throw new IllegalArgumentException("words of other sections");
    }

    public SearchPage(String url, String title, boolean deprecated, List<SectionText> sections, PageWords words) {
        this(url, title, deprecated, sections, words, null);
    }

    public SearchPage(String url, String title, boolean deprecated, List<SectionText> sections) {
        this(url, title, deprecated, sections, null, null);
    }

    /** A page whose file was written as it rendered: the index needs its words and the summary of that file. */
    public static SearchPage written(String url, String title, boolean deprecated, PageWords words, byte[] summary) {
        return new SearchPage(url, title, deprecated, List.of(), words, summary.clone());
    }

    /** How many sections the page has. */
    public int sectionCount() {
        return written != null ? words.sections() : sections.size();
    }
}
