package dev.quire.check;

import dev.quire.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * The pages a site published before: from a manifest, a list of paths, or a git commit's content
 * tree; and, from git, the pages renamed since then.
 *
 * @param description how messages name the baseline ("main", "old-manifest.json")
 * @param renames     old URL → new URL of pages that git saw renamed
 */
public record Baseline(String description, List<Entry> pages, Map<String, String> renames) {

    /**
     * One page that existed.
     *
     * @param source   the file it was published from, or null when unknown
     * @param position the line of the baseline file that names it, or null
     */
    public record Entry(String url, String source, Position position) {
    }

    public Baseline {
        pages = List.copyOf(pages);
        renames = Map.copyOf(renames);
    }
}
