package dev.quire.render;

import dev.quire.content.PageMeta;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Position;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.template.TemplateEngine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a rendered body into its layout, {@code layouts/<template>.peb} ({@code page} by default),
 * with the page's navigation: breadcrumbs, previous/next, sidebar, table of contents, and its
 * deprecation banner. Also renders the pages the build makes itself: 404 and the deprecations list.
 */
public final class LayoutRenderer {

    public static final String DEFAULT_LAYOUT = "page";

    private final TemplateEngine templates;
    private final Site site;
    private final SiteView siteView;
    private final SidebarRenderer sidebar;
    private final Map<String, Object> data;
    private final Deprecations deprecations;
    private final Map<String, String> lastUpdated;

    /** {@code lastUpdated}: the date each page's file last changed (YYYY-MM-DD) by site path, from git; may be empty. */
    public LayoutRenderer(TemplateEngine templates, Site site, Map<String, Object> data, Map<String, String> lastUpdated) {
        this.templates = templates;
        this.lastUpdated = lastUpdated;
        this.site = site;
        this.data = data;
        this.siteView = SiteView.of(site.config());
        this.sidebar = new SidebarRenderer(templates, site, siteView);
        this.deprecations = new Deprecations(site, new PageLinks(site));
    }

    public Deprecations deprecations() {
        return deprecations;
    }

    public SiteView siteView() {
        return siteView;
    }

    public String render(Page page, MarkdownRenderer.Body body) {
        PageMeta meta = page.meta();
        String layout = meta.template() == null ? DEFAULT_LAYOUT : meta.template();
        String name = "layouts/" + layout + ".peb";
        if (!templates.exists(name)) throw unknownLayout(page, layout);
        List<LinkView> crumbs = site.nav().ancestors(page).stream().map(LinkView::of).toList();
        String editUrl = site.config().editUrl() == null ? null : site.config().editUrl() + page.sitePath();
        DeprecationView deprecated = deprecations.of(page);
        String robots = deprecated != null && site.config().deprecatedNoindex() ? "noindex" : null;
        PageView view = new PageView(meta.title(), meta.description(), page.url(), site.permalink(page.url()),
                page.sitePath(), editUrl, body.html(), body.toc(), crumbs, LinkView.of(site.previous(page)),
                LinkView.of(site.next(page)), meta.raw(), meta.sidebar().badge(), robots, meta.head(), deprecated,
                lastUpdated.get(page.sitePath()));
        return templates.render(name, context(view, sidebar.forPage(page)));
    }

    /** The 404 page: the 404 layout with an empty page and the site's top-level sidebar. */
    public String renderNotFound() {
        PageView view = new PageView("Page not found", null, site.config().basePath() + "404.html",
                site.permalink(site.config().basePath() + "404.html"), null, null, "", List.of(), List.of(),
                null, null, Map.of(), null, "noindex", List.of(), null, null);
        return templates.render("layouts/404.peb", context(view, sidebar.topLevel()));
    }

    /**
     * The list of deprecated pages ({@code layouts/deprecations.peb}, at {@link Deprecations#PATH}):
     * the layout gets {@code deprecations}, each page with its since, message and replacement.
     */
    public String renderDeprecations() {
        String url = site.config().basePath() + Deprecations.PATH;
        PageView view = new PageView("Deprecated pages", "Pages that are deprecated, and the pages that replace them.",
                url, site.permalink(url), null, null, "", List.of(), List.of(), null, null, Map.of(), null,
                site.config().deprecatedNoindex() ? "noindex" : null, List.of(), null, null);
        Map<String, Object> context = context(view, sidebar.topLevel());
        context.put("deprecations", deprecations.all());
        return templates.render("layouts/deprecations.peb", context);
    }

    private Map<String, Object> context(PageView view, String sidebarHtml) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", siteView);
        context.put("page", view);
        context.put("sidebar", sidebarHtml);
        context.put("data", data);
        return context;
    }

    private DiagnosticException unknownLayout(Page page, String layout) {
        List<String> known = templates.files().list("layouts").stream()
                .filter(n -> n.endsWith(".peb")).map(n -> n.substring(0, n.length() - 4)).toList();
        Position p = page.meta().position("template");
        Diagnostic d = (p == null ? Diagnostic.error(Position.fileOnly(page.sitePath()), "unknown layout '" + layout + "'")
                : page.file().source().errorAt(p.line(), p.column(), "unknown layout '" + layout + "'")).withHint("layouts: " + String.join(", ", known)
                + "; or create templates/layouts/" + layout + ".peb");
        return new DiagnosticException(d);
    }
}
