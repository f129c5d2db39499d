package dev.quire.render.lint;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.Severity;
import dev.quire.diag.SourceText;
import dev.quire.model.facts.Rule;
import dev.quire.model.facts.RuleHit;
import dev.quire.partial.PartialBlock;

/** Maps a node's offset to its real file: the partial's file inside a partial (naming the page's include), else the page's. */
final class Origin {

    private final SourceText page;

    Origin(SourceText page) {
        this.page = page;
    }

    SourceText source(Node node) {
        PartialBlock partial = PartialBlock.around(node);
        return partial != null ? partial.source() : page;
    }

    Position position(Node node, int offset) {
        return source(node).position(offset);
    }

    String excerpt(Node node, int offset) {
        SourceText src = source(node);
        return src.line(src.position(offset).line());
    }

    /** "content/a.mdx:3:1" for a node in a partial, else null. */
    String includedFrom(Node node) {
        PartialBlock partial = PartialBlock.around(node);
        return partial == null ? null : partial.includedAt().toString();
    }

    /** A rule's finding at a node's offset, with the rule id after the message and the include noted. */
    RuleHit hit(Rule rule, Node node, int offset, String message, String hint) {
        SourceText src = source(node);
        String text = message + " [" + rule.id() + "]";
        Diagnostic d = rule.defaultSeverity() == Severity.ERROR ? src.error(offset, text) : src.warning(offset, text);
        d = d.withHint(hint);
        String from = includedFrom(node);
        return new RuleHit(rule, from == null ? d : d.withNote("included from " + from));
    }
}
