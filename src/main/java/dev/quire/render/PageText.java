package dev.quire.render;

import dev.quire.search.SectionText;

import java.util.List;

/**
 * A page's content as text, collected from the parsed page while it renders: its sections for the
 * search index, and its body as Markdown (see {@link MarkdownCopy}).
 */
public record PageText(List<SectionText> sections, String markdown) {

    public PageText {
        sections = List.copyOf(sections);
    }
}
