package dev.quire.render;

import dev.quire.template.TemplateEngine;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a component through its template, {@code components/<Name>.peb} (the site's own first, then
 * the theme's). The set of components is the set of those templates, plus {@code Render}, which
 * partial expansion handles. A template sees its props by name, {@code children} (the rendered HTML
 * of its children), {@code items} (its child components: name, props and children each), {@code page},
 * {@code site} and {@code data} — nothing of the layout that includes it.
 */
public final class ComponentRenderer {

    public static final String RENDER = "Render";

    private final TemplateEngine templates;
    private final SiteView site;
    private final Map<String, Object> data;
    private final Set<String> names;

    public ComponentRenderer(TemplateEngine templates, SiteView site, Map<String, Object> data) {
        this.templates = templates;
        this.site = site;
        this.data = data;
        Set<String> found = new TreeSet<>();
        for (String file : templates.files().list("components")) {
            if (file.endsWith(".peb")) found.add(file.substring(0, file.length() - 4));
        }
        found.add(RENDER);
        this.names = Collections.unmodifiableSet(found);
    }

    /** Every component name a page may use, sorted. */
    public Set<String> names() {
        return names;
    }

    /** Renders one component; throws a template diagnostic when its template fails. */
    public String render(String name, Map<String, Object> props, String children, List<Map<String, Object>> items, PageRef page) {
        Map<String, Object> context = new HashMap<>(props);
        context.put("children", children);
        context.put("items", items);
        context.put("page", page);
        context.put("site", site);
        context.put("data", data);
        return templates.render("components/" + name + ".peb", context);
    }
}
