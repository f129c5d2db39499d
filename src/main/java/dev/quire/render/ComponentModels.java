package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.model.Site;

import java.util.Map;

/** The built-in components that need Java besides their template, by name. */
final class ComponentModels {

    private final Map<String, ComponentModel> byName;

    ComponentModels(Site site) {
        PageLinks links = new PageLinks(site);
        this.byName = Map.of(
                "Tabs", new TabsModel(),
                "Steps", new StepsModel(),
                "TypeScriptExample", new TypeScriptExampleModel(),
                "WranglerConfig", new WranglerConfigModel(),
                "Deprecated", new DeprecatedModel(links),
                "PackageManagers", new PackageManagersModel(),
                "DirectoryListing", new DirectoryListingModel(site));
    }

    /** Runs the component's model, if it has one; false when it cannot be rendered. */
    boolean prepare(String name, Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        ComponentModel model = byName.get(name);
        return model == null || model.prepare(node, props, page, vars);
    }
}
