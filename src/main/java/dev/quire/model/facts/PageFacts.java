package dev.quire.model.facts;

import java.util.List;
import java.util.Set;

/**
 * What {@code quire check} needs of one page, gathered while it is built: the links it writes (with
 * their source positions), the ids its HTML holds, and the content rules' findings.
 *
 * @param url    the page URL (base path included)
 * @param source the page's file ("content/a.mdx")
 * @param ids    every {@code id} (and {@code <a name>}) of the finished page
 */
public record PageFacts(String url, String source, List<LinkRef> links, Set<String> ids, List<RuleHit> hits) {

    public PageFacts {
        links = List.copyOf(links);
        ids = Set.copyOf(ids);
        hits = List.copyOf(hits);
    }
}
