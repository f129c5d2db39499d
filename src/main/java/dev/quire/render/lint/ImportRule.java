package dev.quire.render.lint;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.ImportedName;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxExpression;
import dev.quire.mdx.MdxExtension;
import dev.quire.model.facts.Rule;
import dev.quire.model.facts.RuleHit;
import dev.quire.partial.PartialBlock;
import dev.quire.render.Descendants;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code unused-import}: a name the page imports but never uses as a component or in an expression
 * in its own text (partials import for themselves; an expanded partial counts as a use of {@code Render}).
 */
final class ImportRule {

    private final Origin origin;

    ImportRule(Origin origin) {
        this.origin = origin;
    }

    void check(Document doc, List<RuleHit> out) {
        List<ImportedName> imports = MdxExtension.info(doc).imports();
        if (imports.isEmpty()) return;
        Set<String> used = new HashSet<>();
        StringBuilder expressions = new StringBuilder();
        for (Node node : Descendants.of(doc)) {
            if (PartialBlock.around(node) != null) continue;
            if (node instanceof PartialBlock) used.add("Render");
            if (node instanceof MdxComponent c) used.add(c.name());
            if (node instanceof MdxExpression e) expressions.append(e.getChars()).append('\n');
        }
        for (ImportedName name : imports) {
            if (used.contains(name.name())) continue;
            if (Pattern.compile("\\b" + Pattern.quote(name.name()) + "\\b").matcher(expressions).find()) continue;
            out.add(origin.hit(Rule.UNUSED_IMPORT, doc, name.offset(), "'" + name.name() + "' is imported but never used",
                    "remove it from the import (or use <" + name.name() + "> on the page)"));
        }
    }
}
