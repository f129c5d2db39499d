package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.model.Site;
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
 * {@code site}, {@code data}, {@code uid} (a number unique on the page, the same in every build, for
 * ids) and what the component's {@link ComponentModel} adds — nothing of the layout that includes it.
 */
public final class ComponentRenderer {

    public static final String RENDER = "Render";

    private final TemplateEngine templates;
    private final SiteView site;
    private final Map<String, Object> data;
    private final Set<String> names;
    private final ComponentModels models;

    public ComponentRenderer(TemplateEngine templates, SiteView site, Map<String, Object> data, Site model) {
        this.templates = templates;
        this.site = site;
        this.data = data;
        this.models = new ComponentModels(model);
        Set<String> found = new TreeSet<>();
        for (String file : templates.files().list("components")) {
            if (file.endsWith(".peb")) found.add(file.substring(0, file.length() - 4));
        }
        found.add(RENDER);
        this.names = Collections.unmodifiableSet(found);
    }

    private ComponentRenderer(TemplateEngine templates, SiteView site, Map<String, Object> data, Set<String> names, Site model) {
        this.templates = templates;
        this.site = site;
        this.data = data;
        this.names = names;
        this.models = new ComponentModels(model);
    }

    /** The same templates, names and data for a new site model, without listing the component templates again. */
    public ComponentRenderer withSite(SiteView site, Site model) {
        return new ComponentRenderer(templates, site, data, names, model);
    }

    /** Every component name a page may use, sorted. */
    public Set<String> names() {
        return names;
    }

    /** Runs the Java side of a component, adding template variables; false when it cannot be rendered. */
    boolean prepare(String name, Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        return models.prepare(name, node, props, page, vars);
    }

    /** Renders one component; throws a template diagnostic when its template fails. */
    public String render(String name, Map<String, Object> props, Map<String, Object> vars, String children,
                         List<Map<String, Object>> items, PageRef page) {
        Map<String, Object> context = new HashMap<>(props);
        context.putAll(vars);
        context.put("children", children);
        context.put("items", items);
        context.put("page", page);
        context.put("site", site);
        context.put("data", data);
        return templates.render("components/" + name + ".peb", context);
    }
}
