package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Severity;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.Prop;
import dev.quire.model.Page;

import java.util.Map;

/**
 * {@code <Deprecated since? replacement?>}: the inline deprecation note. Gives the template
 * {@code replacementPage} (title and URL of the page {@code replacement} names, or null); a
 * replacement that is no page is an error at the prop, with the nearest page as a hint.
 */
final class DeprecatedModel implements ComponentModel {

    private final PageLinks links;

    DeprecatedModel(PageLinks links) {
        this.links = links;
    }

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        Object replacement = props.get("replacement");
        vars.put("replacementPage", null);
        if (replacement == null) return true;
        Page target = links.find(String.valueOf(replacement));
        if (target == null) {
            int at = ((MdxComponent) node).prop("replacement").map(Prop::valueOffset).orElse(ChildBlocks.offset(node));
            page.diagnostics().add(page.at(node, at, Severity.ERROR, "replacement \"" + replacement
                    + "\" of <Deprecated> is no page of this site").withHint(links.hint(String.valueOf(replacement))));
            return false;
        }
        vars.put("replacementPage", new LinkView(target.title(), target.url()));
        return true;
    }
}
