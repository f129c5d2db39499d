package dev.quire.render;

import com.vladsch.flexmark.formatter.MarkdownWriter;
import com.vladsch.flexmark.formatter.NodeFormatter;
import com.vladsch.flexmark.formatter.NodeFormatterContext;
import com.vladsch.flexmark.formatter.NodeFormattingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ext.tables.TableBlock;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxExpression;
import dev.quire.partial.PartialBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle's MDX nodes (see {@link FormatterMarkdownCopy}; Quire writes them with {@link MdxCopy}): writes the MDX nodes as what they mean in plain Markdown: partials as their content, tabs as
 * labelled sections, asides (and {@code <Aside>}, {@code <Deprecated>}) as block quotes with a bold
 * title, TypeScriptExample, WranglerConfig and PackageManagers as all their code blocks (through the
 * same Java models as the HTML), {@code <Code>} as a fence, tables cell by cell ({@link TableFormatter}), cards and details as a bold title and their content; imports,
 * comments and unresolved expressions as nothing.
 */
final class MdxNodeFormatter implements NodeFormatter {

    private final ComponentRenderer components;

    MdxNodeFormatter(ComponentRenderer components) {
        this.components = components;
    }

    @Override
    public Set<NodeFormattingHandler<?>> getNodeFormattingHandlers() {
        return Set.of(
                new NodeFormattingHandler<>(ComponentBlock.class, this::block),
                new NodeFormattingHandler<>(ComponentInline.class, this::inline),
                new NodeFormattingHandler<>(AsideBlock.class, (n, c, m) ->
                        quote(n.title() != null ? n.title() : capitalized(n.type()), n, c, m)),
                new NodeFormattingHandler<>(PartialBlock.class, (n, c, m) -> c.renderChildren(n)),
                new NodeFormattingHandler<>(TableBlock.class, TableFormatter::write),
                new NodeFormattingHandler<>(MdxExpression.class, (n, c, m) -> { }),
                new NodeFormattingHandler<>(EsmBlock.class, (n, c, m) -> { }),
                new NodeFormattingHandler<>(MdxComment.class, (n, c, m) -> { }));
    }

    @Override
    public Set<Class<?>> getNodeClasses() {
        return null;
    }

    private void block(ComponentBlock node, NodeFormatterContext c, MarkdownWriter m) {
        Map<String, Object> props = MdxNodeRenderer.props(node);
        switch (node.name()) {
            case "Tabs" -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof MdxComponent item && item.name().equals("TabItem")) {
                        label(text(MdxNodeRenderer.props(child).get("label")), m);
                        c.renderChildren(child);
                    } else {
                        c.render(child);
                    }
                }
            }
            case "TabItem" -> { label(text(props.get("label")), m); c.renderChildren(node); }
            case "Aside" -> quote(props.get("title") != null ? text(props.get("title"))
                    : capitalized(props.get("type") == null ? "note" : text(props.get("type"))), node, c, m);
            case "Deprecated" -> quote("Deprecated", node, c, m);
            case "TypeScriptExample", "WranglerConfig", "PackageManagers" -> code(node, props, c, m);
            case "LinkCard" -> {
                m.blankLine().append("[").append(text(props.get("title"))).append("](").append(text(props.get("href"))).append(")");
                if (props.get("description") != null) m.append(" — ").append(text(props.get("description")));
                m.blankLine();
            }
            case "Code" -> fence(props.get("title") == null ? null : text(props.get("title")),
                    props.get("lang") == null ? "" : text(props.get("lang")), text(props.get("code")), m);
            case "Details" -> { label(props.get("header") == null ? "Details" : text(props.get("header")), m); c.renderChildren(node); }
            default -> {
                if (props.get("title") instanceof String title && !title.isBlank()) label(title, m);
                c.renderChildren(node);
            }
        }
    }

    private void inline(ComponentInline node, NodeFormatterContext c, MarkdownWriter m) {
        Object text = MdxNodeRenderer.props(node).get("text");
        if (text != null) m.append(text(text));
        c.renderChildren(node);
    }

    /** The code blocks a component's Java model prepares (both languages, every package manager). */
    @SuppressWarnings("unchecked")
    private void code(ComponentBlock node, Map<String, Object> props, NodeFormatterContext c, MarkdownWriter m) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (!components.prepare(node.name(), node, props, PageContext.of(node), vars)) {
            c.renderChildren(node);
            return;
        }
        switch (node.name()) {
            case "TypeScriptExample" -> {
                fence(title("TypeScript", vars.get("ts")), "ts", text(((Map<String, Object>) vars.get("ts")).get("code")), m);
                fence(title("JavaScript", vars.get("js")), "js", text(((Map<String, Object>) vars.get("js")).get("code")), m);
            }
            case "WranglerConfig" -> {
                fence("wrangler.toml", "toml", text(((Map<String, Object>) vars.get("toml")).get("code")), m);
                fence("wrangler.jsonc", "jsonc", text(((Map<String, Object>) vars.get("json")).get("code")), m);
            }
            default -> {
                for (Map<String, Object> cmd : (List<Map<String, Object>>) vars.get("commands")) {
                    fence(text(cmd.get("label")), "sh", text(cmd.get("command")), m);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String title(String language, Object block) {
        Object file = ((Map<String, Object>) block).get("title");
        return file == null ? language : language + " (" + file + ")";
    }

    private static void label(String label, MarkdownWriter m) {
        m.blankLine().append("**").append(label).append("**").blankLine();
    }

    private static void fence(String label, String lang, String code, MarkdownWriter m) {
        if (label != null) label(label, m);
        else m.blankLine();
        String ticks = "```";
        while (code.contains(ticks)) ticks += "`";
        m.append(ticks).append(lang).line();
        m.openPreFormatted(true);
        m.append(code.endsWith("\n") ? code : code + "\n");
        m.closePreFormatted();
        m.append(ticks).line().blankLine();
    }

    private static void quote(String title, Node node, NodeFormatterContext c, MarkdownWriter m) {
        m.blankLine();
        m.pushPrefix().addPrefix("> ", false);
        m.append("**").append(title).append("**").blankLine();
        c.renderChildren(node);
        m.line().popPrefix(false);
        m.blankLine();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
