package dev.quire.render;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Severity;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.ConstRef;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxExpression;
import dev.quire.mdx.Prop;
import dev.quire.mdx.PropRef;
import dev.quire.partial.PartialBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the MDX nodes: components and {@code :::} asides through their templates, partials as
 * their content; imports, exports and comments as nothing. A component's children are rendered
 * first, and each child component once: its output joins {@code children}, and its props and inner
 * HTML join {@code items} (what {@code Tabs} needs to build its tab list).
 */
final class MdxNodeRenderer implements NodeRenderer {

    static final String ASIDE = "Aside";

    private final ComponentRenderer components;

    MdxNodeRenderer(ComponentRenderer components) {
        this.components = components;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(ComponentBlock.class, (n, c, h) -> SplicedHtml.rawLine(n, h, component(n, c).outer)),
                new NodeRenderingHandler<>(ComponentInline.class, (n, c, h) -> h.raw(component(n, c).outer)),
                new NodeRenderingHandler<>(AsideBlock.class, (n, c, h) -> SplicedHtml.rawLine(n, h, component(n, c).outer)),
                new NodeRenderingHandler<>(PartialBlock.class, (n, c, h) -> c.renderChildren(n)),
                new NodeRenderingHandler<>(MdxExpression.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(EsmBlock.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(MdxComment.class, (n, c, h) -> { }));
    }

    private record Rendered(String name, Map<String, Object> props, String inner, String outer) {
    }

    private Rendered component(Node node, NodeRendererContext context) {
        PageContext page = PageContext.of(node);
        String name = node instanceof AsideBlock ? ASIDE : ((MdxComponent) node).name();
        Map<String, Object> props = props(node);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("uid", page.nextComponentNumber());
        boolean renderable = components.prepare(name, node, props, page, vars);
        StringBuilder children = new StringBuilder();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isComponent(child)) {
                Rendered r = component(child, context);
                children.append(r.outer);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", r.name);
                item.put("props", r.props);
                item.put("children", r.inner);
                items.add(item);
            } else {
                NodeRendererContext sub = context.getSubContext(false);
                sub.render(child);
                children.append(((HtmlWriter) sub.getHtmlWriter()).toString());
            }
        }
        String inner = children.toString();
        if (!components.names().contains(name)) return new Rendered(name, props, inner, inner);
        if (!renderable) return new Rendered(name, props, inner, "");
        try {
            return new Rendered(name, props, inner, components.render(name, props, vars, inner, items, page.page()));
        } catch (DiagnosticException e) {
            Diagnostic cause = e.diagnostics().get(0);
            int offset = node instanceof MdxComponent c ? c.nameOffset() : node.getStartOffset();
            page.diagnostics().add(page.at(node, offset, Severity.ERROR,
                    "component <" + name + "> failed: " + cause.position() + ": " + cause.message()));
            return new Rendered(name, props, inner, "");
        }
    }

    private boolean isComponent(Node node) {
        return node instanceof AsideBlock
                || (node instanceof MdxComponent c && components.names().contains(c.name()) && !c.name().equals(ComponentRenderer.RENDER));
    }

    static Map<String, Object> props(Node node) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (node instanceof AsideBlock aside) {
            props.put("type", aside.type());
            if (aside.title() != null) props.put("title", aside.title());
            return props;
        }
        PartialBlock partial = PartialBlock.around(node);
        for (Prop p : ((MdxComponent) node).props()) props.put(p.name(), resolve(p.value(), node, partial));
        return props;
    }

    /** {props.x} from the enclosing partial's params, {name} from the file's constants. */
    private static Object resolve(Object value, Node node, PartialBlock partial) {
        if (value instanceof PropRef ref) return partial == null ? null : partial.params().get(ref.name());
        if (value instanceof ConstRef ref) {
            Map<String, String> constants = partial != null ? partial.constants() : PageContext.of(node).constants();
            return constants.get(ref.name());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, node, partial)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) out.add(resolve(v, node, partial));
            return out;
        }
        return value;
    }
}
