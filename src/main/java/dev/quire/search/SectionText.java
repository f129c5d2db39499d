package dev.quire.search;

/**
 * The text of one section of a page, as readers see it: the words under a heading up to the next one.
 *
 * @param heading the heading's text, or "" for the text before the first heading
 * @param anchor  the heading's id, or "" for the text before the first heading
 * @param text    the plain text (code included, markup and component tags left out)
 */
public record SectionText(String heading, String anchor, String text) {
}
