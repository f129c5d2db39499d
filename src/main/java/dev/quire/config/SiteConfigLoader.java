package dev.quire.config;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;
import dev.quire.diag.UsageException;
import dev.quire.diag.Suggestions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code site.yaml} into a {@link SiteConfig}. Unknown keys are warnings naming the key and its
 * line (with the nearest known key); a wrong type or a missing title is an error.
 */
public final class SiteConfigLoader {

    public static final String FILE = "site.yaml";
    static final List<String> KEYS = List.of("title", "url", "description", "language", "edit_url", "logo",
            "strict", "params", "deprecated_noindex", "check", "search");

    private SiteConfigLoader() {
    }

    public static SiteConfig load(Path siteDir, Diagnostics diagnostics) {
        String text;
        try {
            text = Files.readString(siteDir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no site.yaml in " + siteDir.toAbsolutePath().normalize(),
                    "run quire in a site folder, or pass --source DIR (a site needs site.yaml and content/)");
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(null, "cannot read " + siteDir.resolve(FILE) + ": " + e.getMessage()));
        }
        return parse(new SourceText(FILE, text), diagnostics);
    }

    public static SiteConfig parse(SourceText file, Diagnostics diagnostics) {
        YamlData yaml = new YamlReader(file, 1).read(file.text());
        if (yaml.value() != null && !(yaml.value() instanceof Map)) {
            throw new DiagnosticException(file.errorAt(1, 1, "site.yaml must be a mapping of settings (key: value)"));
        }
        Map<String, Object> map = yaml.asMap();
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                Position p = yaml.positionOf(key);
                Diagnostic d = file.warningAt(p.line(), p.column(), "unknown key '" + key + "' in site.yaml");
                String hint = Suggestions.nearest(key, KEYS).map(s -> "did you mean '" + s + "'?")
                        .orElse("known keys: " + String.join(", ", KEYS) + "; put your own values under params:");
                diagnostics.add(d.withHint(hint));
            }
        }
        Values v = new Values(file, yaml, diagnostics);
        String title = v.string("title");
        if (title == null || title.isBlank()) {
            diagnostics.add(file.errorAt(1, 1, "site.yaml has no title").withHint("add a line such as: title: My Docs"));
            title = "";
        }
        String url = v.string("url");
        if (url != null && !url.isEmpty() && !url.matches("https?://[^/\\s]+(/\\S*)?")) {
            Position p = yaml.positionOf("url");
            diagnostics.add(file.errorAt(p.line(), p.column(), "url must be an absolute http(s) URL, got '" + url + "'")
                    .withHint("for example: url: https://docs.example.com"));
            url = null;
        }
        url = url == null ? "" : url.replaceAll("/+$", "");
        String language = v.string("language");
        CheckConfig check = new CheckConfigReader(file, yaml, diagnostics).read(map.get("check"));
        return new SiteConfig(title, url, v.string("description"), language == null ? "en" : language,
                v.string("edit_url"), v.string("logo"), Boolean.TRUE.equals(v.bool("strict")), v.map("params"),
                Boolean.TRUE.equals(v.bool("deprecated_noindex")), check, search(file, yaml, v, diagnostics));
    }

    private static SiteConfig.Search search(SourceText file, YamlData yaml, Values v, Diagnostics diagnostics) {
        Map<String, Object> map = v.map("search");
        if (map == null) return SiteConfig.Search.DEFAULT;
        for (String key : map.keySet()) {
            if (!SiteConfig.Search.KEYS.contains(key)) {
                Position at = yaml.positionOf("search." + key);
                diagnostics.add(file.warningAt(at.line(), at.column(), "unknown key 'search." + key + "' in site.yaml")
                        .withHint("known keys: " + String.join(", ", SiteConfig.Search.KEYS)));
            }
        }
        Object enabled = map.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            Position at = yaml.positionOf("search.enabled");
            diagnostics.add(file.errorAt(at.line(), at.column(), "'search.enabled' in site.yaml must be true or false"));
            return SiteConfig.Search.DEFAULT;
        }
        return new SiteConfig.Search(!Boolean.FALSE.equals(enabled));
    }

    /** Typed access to the top-level values, reporting wrong types. */
    private record Values(SourceText file, YamlData yaml, Diagnostics diagnostics) {

        String string(String key) {
            Object o = yaml.asMap().get(key);
            if (o == null) return null;
            if (o instanceof String s) return s;
            if (o instanceof Number || o instanceof Boolean) return String.valueOf(o);
            return wrong(key, "text");
        }

        Boolean bool(String key) {
            Object o = yaml.asMap().get(key);
            if (o == null || o instanceof Boolean) return (Boolean) o;
            return wrong(key, "true or false");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            Object o = yaml.asMap().get(key);
            if (o == null) return Map.of();
            if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
            return wrong(key, "a mapping");
        }

        private <T> T wrong(String key, String expected) {
            Position p = yaml.positionOf(key);
            diagnostics.add(file.errorAt(p.line(), p.column(), "'" + key + "' in site.yaml must be " + expected));
            return null;
        }
    }
}
