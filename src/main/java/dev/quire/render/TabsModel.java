package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.MdxComponent;

import java.util.Map;

/**
 * {@code <Tabs>} holds only {@code <TabItem label="…">} elements, at least one; anything else between
 * them would have no tab to show it, so it is an error at its position.
 */
final class TabsModel implements ComponentModel {

    static final String ITEM = "TabItem";

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        boolean ok = true;
        int tabs = 0;
        for (Node child : ChildBlocks.of(node)) {
            if (child instanceof MdxComponent c && c.name().equals(ITEM)) {
                tabs++;
                if (c.prop("label").isEmpty()) {
                    page.diagnostics().add(ChildBlocks.error(page, child, "<TabItem> has no label",
                            "add the text of its tab: <TabItem label=\"…\">"));
                    ok = false;
                }
            } else {
                page.diagnostics().add(ChildBlocks.error(page, child, "<Tabs> holds only <TabItem> elements; found "
                        + ChildBlocks.describe(child), "put it inside a <TabItem label=\"…\">, or move it out of <Tabs>"));
                ok = false;
            }
        }
        if (tabs == 0 && ok) {
            page.diagnostics().add(ChildBlocks.error(page, node, "<Tabs> has no <TabItem>",
                    "add one <TabItem label=\"…\"> … </TabItem> per tab"));
            return false;
        }
        return ok;
    }
}
