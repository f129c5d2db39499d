package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Severity;
import dev.quire.diag.Suggestions;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.Prop;
import dev.quire.model.NavItem;
import dev.quire.model.Site;
import dev.quire.model.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <DirectoryListing folder? depth?>}: the pages of a content folder (by default the folder of
 * the page that uses it: {@code content/a/} for {@code a/index.mdx} and for {@code a.mdx}), in sidebar
 * order, hidden pages left out. Gives the template {@code entries}, each {@code {title, url,
 * description, badge, children}}, nested {@code depth} levels (1 by default). The folders are indexed
 * once per build from the navigation tree, so a listing costs one map lookup.
 */
final class DirectoryListingModel implements ComponentModel {

    private final Map<String, List<NavItem>> folders = new HashMap<>();

    DirectoryListingModel(Site site) {
        List<NavItem> top = new ArrayList<>(site.nav().root());
        top.addAll(site.nav().sections());
        folders.put("", top);
        index(site.nav().sections());
    }

    private void index(List<NavItem> items) {
        for (NavItem item : items) {
            if (item.group()) {
                folders.put(item.key(), item.items());
                index(item.items());
            }
        }
    }

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        Object folderProp = props.get("folder");
        String folder = folderProp == null ? ownFolder(page.page().source()) : normalise(String.valueOf(folderProp));
        List<NavItem> items = folders.get(folder);
        if (items == null && folderProp != null) {
            int at = ((MdxComponent) node).prop("folder").map(Prop::valueOffset).orElse(ChildBlocks.offset(node));
            List<String> known = folders.keySet().stream().filter(k -> !k.isEmpty()).sorted().toList();
            page.diagnostics().add(page.at(node, at, Severity.ERROR, "folder \"" + folderProp
                    + "\" of <DirectoryListing> is no folder of content/").withHint(Suggestions.nearest(folder, known)
                    .map(s -> "did you mean \"" + s + "\"? ").orElse("") + "folders: " + String.join(", ", known)));
            return false;
        }
        Object depth = props.get("depth");
        int levels = depth instanceof Number n ? Math.max(1, n.intValue()) : 1;
        vars.put("entries", entries(items == null ? List.of() : items, levels));
        return true;
    }

    /** content/a/index.mdx → "a/"; content/a/b.mdx → "a/b/" (the folder named after the page). */
    static String ownFolder(String source) {
        String path = source.startsWith("content/") ? source.substring("content/".length()) : source;
        return Urls.isIndex(path) ? Urls.folderOf(path) : path.replaceFirst("\\.mdx?$", "/");
    }

    static String normalise(String folder) {
        String f = folder.trim().replaceAll("^/+", "").replaceFirst("^content/", "");
        return f.isEmpty() || f.endsWith("/") ? f : f + "/";
    }

    private static List<Map<String, Object>> entries(List<NavItem> items, int levels) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NavItem item : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", item.page() != null ? item.page().title() : item.label());
            e.put("url", item.url());
            e.put("description", item.page() != null ? item.page().meta().description() : null);
            e.put("badge", item.badge());
            e.put("children", levels > 1 && item.group() ? entries(item.items(), levels - 1) : List.of());
            out.add(e);
        }
        return out;
    }
}
