package dev.quire.mdx.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.ConstRef;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.ImportedName;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxDocumentInfo;
import dev.quire.mdx.MdxExpression;
import dev.quire.mdx.Prop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works over the nested tree: gathers imports and constants, checks constant references, aside types
 * and closing, and takes {@code ## Title {/* id *\/}} as the heading's id.
 */
final class DocumentChecker {

    static final Set<String> ASIDE_TYPES = Set.of("note", "tip", "caution", "danger");
    private static final Pattern SIMPLE_ID = Pattern.compile("[A-Za-z0-9][\\w-]*");

    private final List<Problem> problems;
    private final List<ImportedName> imports = new ArrayList<>();
    private final Map<String, String> constants = new LinkedHashMap<>();

    DocumentChecker(List<Problem> problems) {
        this.problems = problems;
    }

    MdxDocumentInfo check(Document document) {
        walk(document, this::declarations);
        walk(document, this::uses);
        return new MdxDocumentInfo(imports, constants);
    }

    private interface Visit {
        void at(Node node);
    }

    private static void walk(Node node, Visit visit) {
        for (Node k = node.getFirstChild(); k != null; k = k.getNext()) {
            visit.at(k);
            walk(k, visit);
        }
    }

    private void declarations(Node node) {
        if (node instanceof EsmBlock esm) {
            imports.addAll(esm.imported());
            if (esm.constName() != null) constants.put(esm.constName(), esm.constValue());
        }
    }

    private void uses(Node node) {
        if (node instanceof MdxExpression e && e.value() instanceof ConstRef ref) {
            checkConst(ref, e.getStartOffset());
        } else if (node instanceof MdxComponent c) {
            for (Prop p : c.props()) checkValue(p.value(), p.valueOffset());
        } else if (node instanceof AsideBlock aside) {
            checkAside(aside);
        } else if (node instanceof Heading h && h.getLastChild() instanceof MdxComment comment
                && SIMPLE_ID.matcher(comment.text()).matches()) {
            h.setAnchorRefId(comment.text());
            h.setExplicitAnchorRefId(true);
        }
    }

    private void checkValue(Object value, int offset) {
        if (value instanceof ConstRef ref) checkConst(ref, offset);
        else if (value instanceof Map<?, ?> map) map.values().forEach(v -> checkValue(v, offset));
        else if (value instanceof List<?> list) list.forEach(v -> checkValue(v, offset));
    }

    private void checkConst(ConstRef ref, int offset) {
        if (constants.containsKey(ref.name())) return;
        problems.add(new Problem(offset, "unsupported expression {" + ref.name() + "}: no constant '" + ref.name()
                + "' is exported", constants.isEmpty() ? "define it with export const " + ref.name() + " = \"text\";"
                : "constants of this page: " + String.join(", ", constants.keySet())));
    }

    private void checkAside(AsideBlock aside) {
        if (!ASIDE_TYPES.contains(aside.type())) {
            problems.add(new Problem(aside.getStartOffset() + 3, "unknown aside type ':::" + aside.type() + "'",
                    "use :::note, :::tip, :::caution or :::danger"));
        }
        if (!aside.closed()) {
            problems.add(new Problem(aside.getStartOffset(), "aside :::" + aside.type() + " is never closed",
                    "end it with a line holding only ::: (indented like the opener)"));
        }
    }
}
