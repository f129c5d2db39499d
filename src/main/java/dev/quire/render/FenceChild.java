package dev.quire.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.diag.Severity;
import dev.quire.mdx.MdxComponent;

import java.util.List;
import java.util.Set;

/**
 * The one fenced code block a component such as {@code TypeScriptExample} wraps, read from the tree
 * (never from HTML): its language, the rest of its meta, its code, and where each code line sits in
 * the file, so that problems found in the code point at the real line and column.
 *
 * @param meta the fence info after the language ({@code title="x" {2}}), or ""
 */
record FenceChild(FencedCodeBlock node, String lang, String meta, String code) {

    /**
     * The fence inside a component, or null after reporting what is wrong: no fence, more than the
     * fence, or a fence in another language.
     *
     * @param expected the language named in messages ("ts")
     */
    static FenceChild find(Node component, Set<String> langs, String expected, PageContext page) {
        String name = ((MdxComponent) component).name();
        FencedCodeBlock fence = null;
        boolean ok = true;
        for (Node child : ChildBlocks.of(component)) {
            if (child instanceof FencedCodeBlock f && fence == null) {
                fence = f;
                continue;
            }
            page.diagnostics().add(ChildBlocks.error(page, child, "<" + name + "> holds one ```" + expected
                    + " code block and nothing else; found " + ChildBlocks.describe(child), "move it out of <" + name + ">"));
            ok = false;
        }
        if (fence == null) {
            if (ok) {
                page.diagnostics().add(ChildBlocks.error(page, component, "<" + name + "> has no ```" + expected + " code block",
                        "put the code in a ```" + expected + " fence between <" + name + "> and </" + name + ">"));
            }
            return null;
        }
        String info = fence.getInfo().toString().trim();
        int space = info.indexOf(' ');
        String lang = space < 0 ? info : info.substring(0, space);
        if (!langs.contains(lang)) {
            String found = lang.isEmpty() ? "a code block without a language" : "a ```" + lang + " code block";
            page.diagnostics().add(page.at(fence, fence.getStartOffset(), Severity.ERROR, "<" + name + "> wraps a ```"
                    + expected + " code block, found " + found).withHint("write ```" + expected + " after the opening fence"));
            return null;
        }
        if (!ok) return null;
        String code = fence.getContentChars().normalizeEOL();
        if (code.endsWith("\n")) code = code.substring(0, code.length() - 1);
        return new FenceChild(fence, lang, space < 0 ? "" : info.substring(space + 1).trim(), code);
    }

    /** The file offset of a 1-based line and column of the code. */
    int offsetOf(int line, int column) {
        List<BasedSequence> lines = node.getContentLines();
        if (line < 1 || line > lines.size()) return node.getStartOffset();
        return lines.get(line - 1).getStartOffset() + column - 1;
    }
}
