package dev.quire.render.lint;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.MdxComponent;
import dev.quire.model.facts.Rule;
import dev.quire.model.facts.RuleHit;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules about code fences: every fence names its language ({@code fence-without-language}), and Worker
 * code ({@code export default {} with a {@code fetch} handler) in a bare {@code js}/{@code ts} fence
 * belongs in {@code <TypeScriptExample>} ({@code worker-code-in-bare-fence}).
 */
final class FenceRules {

    static final Set<String> SCRIPT = Set.of("js", "javascript", "mjs", "ts", "typescript", "mts");
    private static final Pattern WORKER = Pattern.compile("(?s)export\\s+default\\s*\\{.*\\bfetch\\s*\\(");

    private final Origin origin;
    private final List<RuleHit> out;

    FenceRules(Origin origin, List<RuleHit> out) {
        this.origin = origin;
        this.out = out;
    }

    void visit(Node node) {
        if (!(node instanceof FencedCodeBlock fence)) return;
        String info = fence.getInfo().toString().trim();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        if (language.isEmpty()) {
            out.add(origin.hit(Rule.FENCE_WITHOUT_LANGUAGE, node, fence.getStartOffset(), "code fence without a language",
                    "name it after the opening fence, e.g. ```sh or ```json; use ```txt for plain text"));
        } else if (SCRIPT.contains(language) && WORKER.matcher(fence.getContentChars()).find() && !inTypeScriptExample(node)) {
            out.add(origin.hit(Rule.WORKER_CODE_IN_BARE_FENCE, node, fence.getStartOffset(),
                    "Worker code in a bare ```" + language + " fence",
                    "wrap it in <TypeScriptExample> (written in TypeScript; it shows the JavaScript too)"));
        }
    }

    private static boolean inTypeScriptExample(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof MdxComponent c && c.name().equals("TypeScriptExample")) return true;
        }
        return false;
    }
}
