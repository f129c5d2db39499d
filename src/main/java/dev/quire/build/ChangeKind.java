package dev.quire.build;

import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.ContentScanner;
import dev.quire.output.StaticFilesOutput;
import dev.quire.partial.PartialFiles;
import dev.quire.template.ThemeFiles;

/**
 * What a changed site file can affect, which decides how much a rebuild redoes. Finer than
 * "content, template, static, config", because a partial and a component template each reach a
 * known set of pages, and a redirect file reaches no page at all.
 */
public enum ChangeKind {
    /** A page in content/: that page, and the navigation of the others when its title, order or the file set changed. */
    PAGE,
    /** A file below partials/: the pages that include it through any chain. */
    PARTIAL,
    /** {@code templates/components/Name.peb}: the pages that use {@code <Name>}. */
    COMPONENT,
    /** Any other template or theme asset, {@code site.yaml}, or a data file: every page. */
    SITE,
    /** A file below static/: copied as is. */
    STATIC,
    /** A file below redirects/: the redirect map, no page. */
    REDIRECTS,
    /** Anything else (editor swap files, files outside the site folders): nothing. */
    NONE;

    private static final String COMPONENTS = ThemeFiles.SITE_DIR + "/components/";

    /** The kind of change to a path relative to the site folder ("content/a.mdx"). */
    public static ChangeKind of(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) return NONE;
        if (sitePath.equals(SiteConfigLoader.FILE)) return SITE;
        int slash = sitePath.indexOf('/');
        if (slash < 0) return NONE;
        String rest = sitePath.substring(slash + 1);
        return switch (sitePath.substring(0, slash)) {
            case ContentScanner.DIR -> ContentScanner.isPage(rest) ? PAGE : NONE;
            case PartialFiles.DIR -> PARTIAL;
            case ThemeFiles.SITE_DIR -> sitePath.startsWith(COMPONENTS) && name.endsWith(".peb")
                    && sitePath.indexOf('/', COMPONENTS.length()) < 0 ? COMPONENT : SITE;
            case DataFiles.DIR -> SITE;
            case StaticFilesOutput.DIR -> STATIC;
            case "redirects" -> REDIRECTS;
            default -> NONE;
        };
    }
}
