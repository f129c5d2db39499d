package dev.quire.render.lint;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.SourceText;
import dev.quire.model.facts.LinkRef;
import dev.quire.model.facts.RuleHit;
import dev.quire.model.facts.SourceFacts;
import dev.quire.render.Descendants;

import java.util.ArrayList;
import java.util.List;

/**
 * One walk over a parsed page with its partials expanded (before heading ids are assigned): collects
 * its links with their real positions and applies the content rules that need the syntax tree.
 * The build calls it for every page; it costs one pass over nodes already in memory.
 */
public final class PageLint {

    private PageLint() {
    }

    public static SourceFacts collect(Document doc, SourceText page) {
        Origin origin = new Origin(page);
        List<LinkRef> links = new ArrayList<>();
        List<RuleHit> hits = new ArrayList<>();
        LinkCollector linkCollector = new LinkCollector(origin, links);
        FenceRules fences = new FenceRules(origin, hits);
        HeadingRules headings = new HeadingRules(origin, hits);
        for (Node node : Descendants.of(doc)) {
            linkCollector.visit(node);
            fences.visit(node);
            headings.visit(node);
        }
        new ImportRule(origin).check(doc, hits);
        return new SourceFacts(links, hits);
    }
}
