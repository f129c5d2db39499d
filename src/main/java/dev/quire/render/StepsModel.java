package dev.quire.render;

import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Map;

/**
 * {@code <Steps>} styles exactly one numbered list as steps; anything beside the list would fall
 * outside every step, so it is an error at its position.
 */
final class StepsModel implements ComponentModel {

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        boolean ok = true;
        boolean list = false;
        for (Node child : ChildBlocks.of(node)) {
            if (child instanceof OrderedList && !list) {
                list = true;
                continue;
            }
            String what = child instanceof OrderedList ? "a second numbered list" : ChildBlocks.describe(child);
            page.diagnostics().add(ChildBlocks.error(page, child, "<Steps> holds one numbered list and nothing else; found " + what,
                    "indent it under a step to make it part of that step, or move it out of <Steps>"));
            ok = false;
        }
        if (!list && ok) {
            page.diagnostics().add(ChildBlocks.error(page, node, "<Steps> has no numbered list",
                    "write the steps as a numbered list (1. … 2. …) between <Steps> and </Steps>"));
            return false;
        }
        return ok;
    }
}
