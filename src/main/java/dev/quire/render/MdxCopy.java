package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.MdxComponent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the MDX nodes of a page's Markdown copy as what they mean in plain Markdown: tabs as
 * labelled sections, asides (and {@code <Aside>}, {@code <Deprecated>}) as block quotes with a bold
 * title, TypeScriptExample, WranglerConfig and PackageManagers as all their code blocks (through the
 * same Java models as the HTML), {@code <Code>} as a fence, cards and details as a bold title and
 * their content. Partials are written as their content, imports, comments and unresolved
 * expressions as nothing, tables by {@link TableCopy} ({@link MarkdownCopyWriter} sees to those).
 */
final class MdxCopy {

    private final ComponentRenderer components;

    MdxCopy(ComponentRenderer components) {
        this.components = components;
    }

    void block(ComponentBlock node, MarkdownCopyWriter w) {
        MarkdownLines m = w.out();
        Map<String, Object> props = MdxNodeRenderer.props(node);
        switch (node.name()) {
            case "Tabs" -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof MdxComponent item && item.name().equals("TabItem")) {
                        label(text(MdxNodeRenderer.props(child).get("label")), m);
                        w.renderChildren(child);
                    } else {
                        w.render(child);
                    }
                }
            }
            case "TabItem" -> { label(text(props.get("label")), m); w.renderChildren(node); }
            case "Aside" -> quote(props.get("title") != null ? text(props.get("title"))
                    : capitalized(props.get("type") == null ? "note" : text(props.get("type"))), node, w);
            case "Deprecated" -> quote("Deprecated", node, w);
            case "TypeScriptExample", "WranglerConfig", "PackageManagers" -> code(node, props, w);
            case "LinkCard" -> {
                m.blankLine().append("[").append(text(props.get("title"))).append("](").append(text(props.get("href"))).append(")");
                if (props.get("description") != null) m.append(" — ").append(text(props.get("description")));
                m.blankLine();
            }
            case "Code" -> fence(props.get("title") == null ? null : text(props.get("title")),
                    props.get("lang") == null ? "" : text(props.get("lang")), text(props.get("code")), m);
            case "Details" -> { label(props.get("header") == null ? "Details" : text(props.get("header")), m); w.renderChildren(node); }
            default -> {
                if (props.get("title") instanceof String title && !title.isBlank()) label(title, m);
                w.renderChildren(node);
            }
        }
    }

    void inline(ComponentInline node, MarkdownCopyWriter w) {
        Object text = MdxNodeRenderer.props(node).get("text");
        if (text != null) w.out().append(text(text));
        w.renderChildren(node);
    }

    void aside(AsideBlock node, MarkdownCopyWriter w) {
        quote(node.title() != null ? node.title() : capitalized(node.type()), node, w);
    }

    /** The code blocks a component's Java model prepares (both languages, every package manager). */
    @SuppressWarnings("unchecked")
    private void code(ComponentBlock node, Map<String, Object> props, MarkdownCopyWriter w) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (!components.prepare(node.name(), node, props, PageContext.of(node), vars)) {
            w.renderChildren(node);
            return;
        }
        MarkdownLines m = w.out();
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

    private static void label(String label, MarkdownLines m) {
        m.blankLine().append("**").append(label).append("**").blankLine();
    }

    private static void fence(String label, String lang, String code, MarkdownLines m) {
        if (label != null) label(label, m);
        else m.blankLine();
        String ticks = "```";
        while (code.contains(ticks)) ticks += "`";
        m.append(ticks).append(lang).line();
        m.openPreFormatted();
        m.append(code.endsWith("\n") ? code : code + "\n");
        m.closePreFormatted();
        m.append(ticks).line().blankLine();
    }

    private static void quote(String title, Node node, MarkdownCopyWriter w) {
        MarkdownLines m = w.out();
        m.blankLine();
        m.pushPrefix();
        m.addPrefix("> ", false);
        m.append("**").append(title).append("**").blankLine();
        w.renderChildren(node);
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
