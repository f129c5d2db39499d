package dev.quire.config;

import java.util.Map;

/**
 * The settings of {@code site.yaml}. Defaults live in {@link SiteConfigLoader}.
 *
 * @param title       the site's name, shown in the header and in every {@code <title>} (required)
 * @param url         absolute base URL without trailing slash, used for sitemap and canonical links; "" when unset
 * @param description the site's description (home page meta), or null
 * @param language    the language of the content, {@code en} by default
 * @param editUrl     a prefix to which a page's source path is appended for its "Edit this page" link, or null
 * @param logo        the URL or site path of a logo image, or null
 * @param strict      when true, warnings fail the build
 * @param params      free values for templates ({@code site.params.x})
 * @param deprecatedNoindex {@code deprecated_noindex}: when true, pages whose frontmatter says
 *                    {@code deprecated} get {@code <meta name="robots" content="noindex">} (default false)
 * @param check       how {@code quire check} judges the site: rule severities, link scope, data values ({@link CheckConfig})
 * @param search      {@code search}: the site's search ({@code search: {enabled: false}} turns it off)
 */
public record SiteConfig(String title, String url, String description, String language, String editUrl,
                         String logo, boolean strict, Map<String, Object> params, boolean deprecatedNoindex,
                         CheckConfig check, Search search) {

    public SiteConfig {
        params = params == null ? Map.of() : Map.copyOf(params);
        check = check == null ? CheckConfig.DEFAULT : check;
        search = search == null ? Search.DEFAULT : search;
    }

    /**
     * The {@code search:} settings.
     *
     * @param enabled {@code enabled}: when false, no search index is written and pages show no search box
     *                (default true). A page leaves the index with {@code search: false} in its frontmatter.
     */
    public record Search(boolean enabled) {
        /** Search on. */
        public static final Search DEFAULT = new Search(true);
        static final java.util.List<String> KEYS = java.util.List.of("enabled");
    }

    /**
     * The path under which the site is served, from {@code url}: "/" for https://example.com,
     * "/docs/" for https://example.com/docs. Every URL Quire writes starts with it.
     */
    public String basePath() {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (slash < 0) return "/";
        String path = url.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }

    /** The scheme and host of {@code url}, without the base path ("" when no url is set). */
    public String origin() {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return slash < 0 ? url : url.substring(0, slash);
    }
}
