package dev.quire.check;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.model.facts.PageFacts;
import dev.quire.model.facts.RuleHit;

/**
 * The content rules that the build applied while reading each page's syntax tree (fences, headings,
 * ids, imports), reported with the severities site.yaml sets.
 */
public final class RuleHitsCheck implements Check {

    @Override
    public String name() {
        return "content rules";
    }

    @Override
    public void run(CheckContext context, Diagnostics diagnostics) {
        for (PageFacts page : context.facts().values()) {
            for (RuleHit hit : page.hits()) {
                Diagnostic d = context.severities().apply(hit);
                if (d != null) diagnostics.add(d);
            }
        }
    }
}
