package dev.quire.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme files a page body can depend on: the component templates, every template they import,
 * include, extend or embed (followed through every level), and the theme assets when one of those
 * asks for an asset's URL. Any other template (layouts, the sidebar, the sitemap) shapes only what
 * is around a body, so the dev server lays pages out again around their kept bodies when one of
 * those changes, instead of rendering every page. A component template that names a template by an
 * expression or by a relative name cannot be followed: then every theme file counts as reached.
 */
public final class BodyTemplates {

    private static final String COMPONENTS = "components/";
    private static final String ASSETS = "assets/";
    /** A tag that loads another template; group 1 or 2 is its name when that is a quoted literal and nothing more. */
    private static final Pattern LOADS = Pattern.compile(
            "\\{%-?\\s*(?:import|include|extends|embed|from)\\s+"
                    + "(?:(?:\"([^\"]*)\"|'([^']*)')(?=\\s*(?:-?%}|(?:with|import|only|as)\\b)))?");
    private static final Pattern ASSET = Pattern.compile("\\basset\\s*\\(");

    private final Set<String> reached;
    private final boolean assets;
    private final boolean everything;

    private BodyTemplates(Set<String> reached, boolean assets, boolean everything) {
        this.reached = reached;
        this.assets = assets;
        this.everything = everything;
    }

    /** Reads the component templates of the site and the built-in theme and follows what they load. */
    public static BodyTemplates of(ThemeFiles files) {
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String file : files.list("components")) {
            if (file.endsWith(".peb")) todo.add(COMPONENTS + file);
        }
        boolean assets = false;
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!reached.add(name)) continue;
            String text = files.read(name).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
            assets |= ASSET.matcher(text).find();
            Matcher loads = LOADS.matcher(text);
            while (loads.find()) {
                String loaded = loads.group(1) != null ? loads.group(1) : loads.group(2);
                if (loaded == null || !ThemeFiles.safe(loaded)) return new BodyTemplates(Set.of(), true, true);
                todo.add(loaded);
            }
        }
        return new BodyTemplates(Set.copyOf(reached), assets, false);
    }

    /** Whether a change of this theme file ("layouts/page.peb", "assets/theme.css") can change a page body. */
    public boolean reaches(String name) {
        if (everything || name.startsWith(COMPONENTS)) return true;
        if (name.startsWith(ASSETS)) return assets;
        return reached.contains(name);
    }
}
