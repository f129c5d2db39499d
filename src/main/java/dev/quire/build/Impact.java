package dev.quire.build;

import dev.quire.config.SiteConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.UsageException;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.partial.PartialFiles;
import dev.quire.render.MarkdownRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages a change to partials, templates or data files touches: a partial, the pages that
 * include it through any chain; a component template ({@code templates/components/X.peb}), the pages
 * using {@code <X>} (also inside partials); any other template or a data file, every page, since
 * layouts and data reach all of them. Pages are parsed and partials expanded; nothing is rendered.
 * Drafts are left out, as the build leaves them out.
 */
public final class Impact {

    private Impact() {
    }

    /** The URLs of the affected pages, sorted. {@code files} are paths relative to the site folder. */
    public static List<String> of(Path source, List<String> files, Diagnostics diagnostics) {
        SiteConfig config = SiteConfigLoader.load(source, diagnostics);
        List<SourceFile> sources = ContentScanner.read(source, ContentScanner.list(source), diagnostics);
        Site site = SiteAssembler.assemble(config, sources, false, diagnostics);
        Renderers renderers = Renderers.create(source, site, Map.of());
        Set<String> partials = new TreeSet<>();
        Set<String> componentNames = new TreeSet<>();
        boolean all = false;
        for (String raw : files) {
            String f = normalize(source, raw);
            if (f.startsWith(PartialFiles.DIR + "/")) partials.add(f);
            else if (f.startsWith("templates/components/") && f.endsWith(".peb")) {
                componentNames.add(f.substring("templates/components/".length(), f.length() - 4));
            } else if (f.startsWith("templates/") || f.startsWith("data/") || f.equals(SiteConfigLoader.FILE)) all = true;
            else if (f.startsWith(ContentScanner.DIR + "/")) {
                Page page = site.pages().stream().filter(p -> p.sitePath().equals(f)).findFirst().orElse(null);
                if (page != null) partials.add(f);
            } else {
                throw new UsageException("quire impact takes partials, templates, data files, site.yaml or pages: " + raw,
                        "pass paths such as partials/relay/setup.mdx or templates/components/Tabs.peb");
            }
        }
        List<String> urls = new ArrayList<>();
        for (Page page : site.pages()) {
            if (all || partials.contains(page.sitePath())) {
                urls.add(page.url());
                continue;
            }
            MarkdownRenderer.Dependencies deps = renderers.dependencies(page);
            if (deps.partials().stream().anyMatch(partials::contains)
                    || deps.components().stream().anyMatch(componentNames::contains)) {
                urls.add(page.url());
            }
        }
        urls.sort(null);
        return urls;
    }

    private static String normalize(Path source, String file) {
        Path p = Path.of(file);
        Path abs = p.isAbsolute() ? p.normalize() : source.toAbsolutePath().resolve(p).normalize();
        Path root = source.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            Path cwd = Path.of("").toAbsolutePath().resolve(p).normalize();
            if (cwd.startsWith(root)) abs = cwd;
            else throw new UsageException(file + " is not inside the site " + root, "pass files of the site folder");
        }
        return root.relativize(abs).toString().replace('\\', '/');
    }
}
