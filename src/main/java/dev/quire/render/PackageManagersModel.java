package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Severity;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.Prop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <PackageManagers pkg type? args? dev?>}: the same command for npm, yarn, pnpm and bun. Types
 * as in starlight-package-managers: {@code add} (the default), {@code install}, {@code create},
 * {@code exec}, {@code dlx}, {@code run}, {@code remove}. Gives the template {@code commands}, each
 * {@code {label, command}}. An unknown type, or a missing {@code pkg}, is an error at the tag.
 */
final class PackageManagersModel implements ComponentModel {

    static final List<String> TYPES = List.of("add", "install", "create", "exec", "dlx", "run", "remove");
    private static final List<String> MANAGERS = List.of("npm", "yarn", "pnpm", "bun");

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        MdxComponent tag = (MdxComponent) node;
        String type = props.get("type") == null ? "add" : String.valueOf(props.get("type"));
        if (!TYPES.contains(type)) {
            int at = tag.prop("type").map(Prop::valueOffset).orElse(tag.nameOffset());
            page.diagnostics().add(page.at(node, at, Severity.ERROR, "unknown type \"" + type + "\" of <PackageManagers>")
                    .withHint("types: " + String.join(", ", TYPES)));
            return false;
        }
        String pkg = props.get("pkg") == null ? "" : String.valueOf(props.get("pkg")).trim();
        if (pkg.isEmpty() && !type.equals("install")) {
            page.diagnostics().add(page.at(node, tag.nameOffset(), Severity.ERROR, "<PackageManagers type=\"" + type
                    + "\"> needs a pkg").withHint("name the package or script: pkg=\"wrangler\""));
            return false;
        }
        String args = props.get("args") == null ? "" : String.valueOf(props.get("args")).trim();
        boolean dev = Boolean.TRUE.equals(props.get("dev"));
        List<Map<String, Object>> commands = new ArrayList<>();
        for (String manager : MANAGERS) {
            commands.add(Map.of("label", manager, "command", command(manager, type, pkg, args, dev)));
        }
        vars.put("commands", commands);
        return true;
    }

    static String command(String manager, String type, String pkg, String args, boolean dev) {
        String base = switch (type) {
            case "add" -> (manager.equals("npm") ? "npm i" : manager + " add")
                    + (dev ? (manager.equals("bun") ? " -d" : " -D") : "") + " " + pkg;
            case "install" -> manager + " install";
            case "create" -> manager + " create " + pkg + (manager.equals("npm") && !args.isEmpty() ? " --" : "");
            case "exec" -> (switch (manager) {
                case "npm" -> "npx";
                case "bun" -> "bunx";
                default -> manager;
            }) + " " + pkg;
            case "dlx" -> (switch (manager) {
                case "npm" -> "npx";
                case "yarn" -> "yarn dlx";
                case "pnpm" -> "pnpm dlx";
                default -> "bunx";
            }) + " " + pkg;
            case "run" -> manager + " run " + pkg + (manager.equals("npm") && !args.isEmpty() ? " --" : "");
            default -> (manager.equals("npm") ? "npm uninstall" : manager + " remove") + " " + pkg;
        };
        return (base + " " + args).strip();
    }
}
