package dev.quire.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;

import java.util.HashMap;
import java.util.Map;

/** Quire's functions for templates; each is its own class. */
final class SiteExtension extends AbstractExtension {

    private final Map<String, Function> functions = new HashMap<>();

    SiteExtension(Map<String, String> assetUrls, Map<String, Function> more) {
        functions.put("asset", new AssetFunction(assetUrls));
        functions.putAll(more);
    }

    @Override
    public Map<String, Function> getFunctions() {
        return functions;
    }
}
