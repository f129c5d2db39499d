package dev.quire.mdx;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

import java.util.List;
import java.util.Map;

/** A readable dump of a parsed tree: node type, line:col range, and what the node carries. */
final class AstDump {

    private final SourceText src;
    private final StringBuilder out = new StringBuilder();

    private AstDump(SourceText src) {
        this.src = src;
    }

    static String of(Node root, SourceText src) {
        AstDump d = new AstDump(src);
        for (Node k = root.getFirstChild(); k != null; k = k.getNext()) d.node(k, 0);
        return d.out.toString();
    }

    private void node(Node n, int depth) {
        out.append("  ".repeat(depth)).append(n.getClass().getSimpleName())
                .append('[').append(pos(n.getStartOffset())).append('-').append(pos(n.getEndOffset())).append(']');
        details(n);
        out.append('\n');
        for (Node k = n.getFirstChild(); k != null; k = k.getNext()) node(k, depth + 1);
    }

    private void details(Node n) {
        if (n instanceof MdxComponent c) {
            out.append(" name=").append(c.name()).append('@').append(pos(c.nameOffset()));
            if (c.selfClosing()) out.append(" self-closing");
            for (Prop p : c.props()) {
                out.append(' ').append(p.name()).append('@').append(pos(p.offset())).append('=').append(value(p.value()));
            }
        } else if (n instanceof AsideBlock a) {
            out.append(" type=").append(a.type());
            if (a.title() != null) out.append(" title=").append(value(a.title())).append('@').append(pos(a.titleOffset()));
        } else if (n instanceof MdxExpression e) {
            out.append(" value=").append(e.value() == null ? "unsupported " + value(e.source()) : value(e.value()));
        } else if (n instanceof MdxComment c) {
            out.append(" text=").append(value(c.text()));
        } else if (n instanceof EsmBlock esm) {
            if (esm.constName() != null) out.append(" const ").append(esm.constName()).append('=').append(value(esm.constValue()));
            for (ImportedName i : esm.imported()) out.append(" import ").append(i.name()).append('@').append(pos(i.offset()));
        } else if (n instanceof Heading h) {
            out.append(" level=").append(h.getLevel());
            if (h.isExplicitAnchorRefId()) out.append(" id=").append(h.getAnchorRefId());
        } else if (n instanceof FencedCodeBlock f) {
            out.append(" info=").append(value(f.getInfo().toString()));
        } else if (n instanceof Text || n instanceof HtmlBlock || n instanceof HtmlInline) {
            out.append(' ').append(value(n.getChars().toString()));
        }
    }

    private String pos(int offset) {
        Position p = src.position(offset);
        return p.line() + ":" + p.column();
    }

    static String value(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                    .replace("\t", "\\t") + '"';
        }
        if (v instanceof PropRef r) return "props." + r.name();
        if (v instanceof ConstRef r) return "const " + r.name();
        if (v instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, x) -> s.append(s.length() > 1 ? ", " : "").append(k).append(": ").append(value(x)));
            return s.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder s = new StringBuilder("[");
            l.forEach(x -> s.append(s.length() > 1 ? ", " : "").append(value(x)));
            return s.append(']').toString();
        }
        return String.valueOf(v);
    }
}
