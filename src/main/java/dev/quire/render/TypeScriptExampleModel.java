package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Severity;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.Prop;
import dev.quire.render.typescript.TypeEraseException;
import dev.quire.render.typescript.TypeEraser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <TypeScriptExample filename?>}: the TypeScript of its one {@code ts} fence and the same code
 * with its types erased, for the template to show as JavaScript and TypeScript tabs. Gives the
 * template {@code ts} and {@code js}, each {@code {code, title, meta}}: the title is {@code filename}
 * (its {@code .ts} becoming {@code .js}), the meta is the fence's. Code the eraser refuses is an error
 * at its line and column.
 *
 * <p>Erasing keeps every line where it was, so interfaces leave blank lines behind. The JavaScript tab
 * shows the code as a person would write it: blank lines at the start and end dropped, runs of blank
 * lines made one (what Cloudflare gets from running Prettier after erasing). When that moves lines,
 * the JavaScript keeps the fence's title but not its line-based meta ({@code {2}}, {@code ins=},
 * {@code collapse=}), which was written for the TypeScript's lines.
 */
final class TypeScriptExampleModel implements ComponentModel {

    private static final Set<String> LANGS = Set.of("ts", "typescript");
    private static final String[] EXTENSIONS = {".ts", ".tsx", ".mts", ".cts"};

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        FenceChild fence = FenceChild.find(node, LANGS, "ts", page);
        Object filename = props.get("filename");
        String jsName = null;
        if (filename != null) {
            jsName = javascriptName(String.valueOf(filename));
            if (jsName == null) {
                Optional<Prop> prop = ((MdxComponent) node).prop("filename");
                int at = prop.map(Prop::valueOffset).orElse(ChildBlocks.offset(node));
                page.diagnostics().add(page.at(node, at, Severity.ERROR, "filename \"" + filename
                        + "\" of <TypeScriptExample> does not end in .ts").withHint(
                        "name the TypeScript file (src/index.ts); the JavaScript tab shows it as src/index.js"));
                return false;
            }
        }
        if (fence == null) return false;
        String javascript;
        try {
            javascript = TypeEraser.erase(fence.code());
        } catch (TypeEraseException e) {
            page.diagnostics().add(page.at(fence.node(), fence.offsetOf(e.line(), e.column()), Severity.ERROR,
                    e.getMessage()).withHint(e.hint()));
            return false;
        }
        String tidy = tidy(javascript);
        boolean sameLines = tidy.equals(javascript);
        vars.put("ts", block(fence.code(), filename == null ? null : String.valueOf(filename), fence.meta()));
        vars.put("js", block(tidy, jsName, sameLines ? fence.meta() : ""));
        return true;
    }

    /** src/index.ts → src/index.js (also .tsx, .mts, .cts); null when the name is no TypeScript file. */
    static String javascriptName(String filename) {
        for (String ext : EXTENSIONS) {
            if (filename.endsWith(ext) && filename.length() > ext.length()) {
                return filename.substring(0, filename.length() - ext.length()) + ext.replace('t', 'j');
            }
        }
        return null;
    }

    /** Blank lines at the ends dropped, each run of blank lines made one. */
    static String tidy(String code) {
        String[] lines = code.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blank = !out.isEmpty();
                continue;
            }
            if (blank) out.append('\n');
            out.append(line).append('\n');
            blank = false;
        }
        return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
    }

    private static Map<String, Object> block(String code, String title, String meta) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("title", title);
        out.put("meta", meta);
        return out;
    }
}
