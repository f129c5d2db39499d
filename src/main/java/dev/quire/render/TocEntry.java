package dev.quire.render;

import java.util.ArrayList;
import java.util.List;

/** An "On this page" entry: an h2 with its h3 children. */
public record TocEntry(String id, String text, int level, List<TocEntry> children) {

    /** Nests h3 entries under the preceding h2; keeps only levels 2 and 3. */
    static List<TocEntry> nest(List<HeadingIds.Heading> headings) {
        List<TocEntry> top = new ArrayList<>();
        List<TocEntry> current = null;
        for (HeadingIds.Heading h : headings) {
            if (h.level() == 2) {
                current = new ArrayList<>();
                top.add(new TocEntry(h.id(), h.text(), 2, current));
            } else if (h.level() == 3) {
                TocEntry e = new TocEntry(h.id(), h.text(), 3, List.of());
                if (current != null) current.add(e);
                else top.add(e);
            }
        }
        return top;
    }
}
