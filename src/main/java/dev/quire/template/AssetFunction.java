package dev.quire.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * {@code asset("theme.css")}: the URL of a theme asset under its content-hashed name
 * ({@code /assets/theme.1a2b3c4d.css}), so that hosts may cache it for a year.
 */
final class AssetFunction implements Function {

    private final Map<String, String> urls;

    AssetFunction(Map<String, String> urls) {
        this.urls = urls;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("name");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object name = args.get("name");
        if (!(name instanceof String s)) {
            throw new PebbleException(null, "asset(): name must be text, e.g. asset(\"theme.css\")", line, self.getName());
        }
        String url = urls.get(s);
        if (url == null) {
            throw new PebbleException(null, "asset(): no theme asset '" + s + "' (assets: "
                    + String.join(", ", urls.keySet().stream().sorted().toList()) + ")", line, self.getName());
        }
        return url;
    }
}
