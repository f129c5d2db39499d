package dev.quire.config;

import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;
import dev.quire.diag.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code check:} section of site.yaml into a {@link CheckConfig}, reporting mistakes at their line. */
final class CheckConfigReader {

    static final List<String> KEYS = List.of("rules", "scope", "data_values");
    static final List<String> SEVERITIES = List.of("error", "warning", "off");

    private final SourceText file;
    private final YamlData yaml;
    private final Diagnostics diagnostics;

    CheckConfigReader(SourceText file, YamlData yaml, Diagnostics diagnostics) {
        this.file = file;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    CheckConfig read(Object section) {
        if (section == null) return CheckConfig.DEFAULT;
        if (!(section instanceof Map<?, ?> map)) return wrong("check", "a mapping (rules, scope, data_values)", CheckConfig.DEFAULT);
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                String hint = Suggestions.nearest(String.valueOf(key), KEYS).map(s -> "did you mean '" + s + "'?")
                        .orElse("keys of check: " + String.join(", ", KEYS));
                Position p = yaml.positionOf("check." + key);
                diagnostics.add(file.warningAt(p.line(), p.column(), "unknown key '" + key + "' in check:").withHint(hint));
            }
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        if (map.get("rules") instanceof Map<?, ?> r) {
            r.forEach((k, v) -> {
                String value = v == null ? "" : String.valueOf(v);
                if (!SEVERITIES.contains(value)) {
                    diagnostics.add(at("check.rules." + k, "rule '" + k + "' must be error, warning or off, got '" + value + "'"));
                    return;
                }
                rules.put(String.valueOf(k), value);
                positions.put(String.valueOf(k), yaml.positionOf("check.rules." + k));
            });
        } else if (map.get("rules") != null) {
            wrong("check.rules", "a mapping of rule ids to error, warning or off", null);
        }
        return new CheckConfig(rules, positions, scope(map.get("scope")), dataValues(map.get("data_values")));
    }

    private List<String> scope(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        if (!(value instanceof List<?> list)) return wrong("check.scope", "a list of URL paths, e.g. [/guide/]", out);
        for (Object o : list) {
            String path = String.valueOf(o);
            if (!path.startsWith("/")) return wrong("check.scope", "a list of URL paths starting with /", out);
            out.add(path.endsWith("/") ? path : path + "/");
        }
        return out;
    }

    private List<CheckConfig.DataValues> dataValues(Object value) {
        List<CheckConfig.DataValues> out = new ArrayList<>();
        if (value == null) return out;
        String shape = "a list of {data, field, pattern}, e.g. - {data: models, field: id, pattern: '\"model\": \"([^\"]+)\"'}";
        if (!(value instanceof List<?> list)) return wrong("check.data_values", shape, out);
        for (int i = 0; i < list.size(); i++) {
            Position p = yaml.positionOf("check.data_values." + i + ".data");
            if (!(list.get(i) instanceof Map<?, ?> m) || !(m.get("data") instanceof String data)
                    || !(m.get("field") instanceof String field) || !(m.get("pattern") instanceof String pattern)) {
                wrong("check.data_values", shape, null);
                continue;
            }
            try {
                if (Pattern.compile(pattern).matcher("").groupCount() != 1) {
                    diagnostics.add(at("check.data_values." + i + ".pattern", "the pattern of data_values must have exactly one group (...) around the value")
                            .withHint("use (?:...) for other groups"));
                    continue;
                }
            } catch (PatternSyntaxException e) {
                diagnostics.add(at("check.data_values." + i + ".pattern", "the pattern of data_values is no regular expression: "
                        + e.getDescription()));
                continue;
            }
            out.add(new CheckConfig.DataValues(data, field, pattern, p));
        }
        return out;
    }

    private dev.quire.diag.Diagnostic at(String key, String message) {
        Position p = yaml.positionOf(key);
        return file.errorAt(p.line(), p.column(), message);
    }

    private <T> T wrong(String key, String expected, T fallback) {
        diagnostics.add(at(key, "'" + key + "' in site.yaml must be " + expected));
        return fallback;
    }
}
