package dev.quire.model.facts;

import java.util.List;

/** The part of {@link PageFacts} that the markdown of a page yields: its links and content rule findings. */
public record SourceFacts(List<LinkRef> links, List<RuleHit> hits) {

    public static final SourceFacts NONE = new SourceFacts(List.of(), List.of());

    public SourceFacts {
        links = List.copyOf(links);
        hits = List.copyOf(hits);
    }
}
