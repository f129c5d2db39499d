package dev.quire.check;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Severity;
import dev.quire.diag.Suggestions;
import dev.quire.model.facts.LinkRef;
import dev.quire.model.facts.PageFacts;
import dev.quire.model.facts.Rule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Internal links and anchors, resolved against the page that writes them as a browser would
 * (relative paths, {@code ..}, trailing slashes, {@code index.html}): each must reach a page, a file
 * of the build, or a redirect (a warning naming where to point instead); a {@code #fragment} must be an
 * id of the target page. Links outside the site (another host, or paths outside {@code check.scope})
 * are collected for {@link ExternalLinks}.
 */
public final class LinkCheck implements Check {

    private final List<ExternalLinks.Use> external = new ArrayList<>();

    @Override
    public String name() {
        return "links";
    }

    /** The links to other sites that the last run met, with where each is written. */
    public List<ExternalLinks.Use> external() {
        return external;
    }

    @Override
    public void run(CheckContext context, Diagnostics diagnostics) {
        SiteLinks site = new SiteLinks(context.manifest(), context.output(), context.basePath());
        LinkScope scope = new LinkScope(context.config());
        for (PageFacts page : context.facts().values()) {
            for (LinkRef link : page.links()) {
                Diagnostic d = check(page, link, site, scope, context);
                if (d != null) diagnostics.add(d);
            }
        }
    }

    private Diagnostic check(PageFacts page, LinkRef link, SiteLinks site, LinkScope scope, CheckContext context) {
        String href = link.href().strip();
        if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("javascript:")
                || href.startsWith("data:")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI("http", "site.invalid", page.url(), null).resolve(new URI(href.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return finding(Rule.BROKEN_LINK, link, context, "'" + href + "' is not a valid URL", "escape spaces as %20 and check the brackets");
        }
        String absolute = scope.absolute(uri);
        String basePath = context.basePath();
        if (absolute != null && "site.invalid".equals(uri.getHost()) && !basePath.equals("/") && !uri.getPath().startsWith(basePath)
                && site.page(basePath + uri.getPath().substring(1)) != null) {
            return finding(Rule.BROKEN_LINK, link, context, "link " + href + " leaves the site: it is served under " + basePath,
                    "write " + basePath + uri.getPath().substring(1) + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        }
        if (absolute != null) {
            external.add(new ExternalLinks.Use(absolute, link));
            return null;
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? page.url() : uri.getPath();
        while (path.startsWith("/../")) path = path.substring(3);
        String fragment = uri.getFragment();
        String target = site.page(path);
        if (target != null) {
            if (fragment == null || fragment.isEmpty() || link.image()) return null;
            PageFacts targetFacts = context.facts().get(target);
            if (targetFacts == null || targetFacts.ids().contains(fragment)) return null;
            String where = target.equals(page.url()) ? "this page" : target;
            return finding(Rule.BROKEN_ANCHOR, link, context, "#" + fragment + " is no id on " + where,
                    Suggestions.nearest(fragment, targetFacts.ids()).map(n -> "did you mean #" + n + "? ").orElse("")
                            + "link to a heading's id (its text in lower case, spaces as -) or to {#custom-id}");
        }
        Optional<String> redirect = site.redirect(path);
        if (redirect.isPresent()) {
            return finding(Rule.LINK_TO_REDIRECT, link, context, href + " is redirected to " + redirect.get(),
                    "link to " + redirect.get() + (fragment == null ? "" : "#" + fragment) + " directly");
        }
        if (site.isFile(path)) return null;
        if (href.startsWith("~/")) {
            return finding(Rule.BROKEN_LINK, link, context, (link.image() ? "image " : "link ") + href
                    + " uses the Astro alias ~/, which a static site cannot resolve",
                    "put the file under static/ and link to it from the site root, e.g. /" + href.substring(href.lastIndexOf('/') + 1));
        }
        return finding(Rule.BROKEN_LINK, link, context, (link.image() ? "image " : "link ") + href + " leads nowhere: "
                + path + " is no page or file of this site", hint(path, site.pageUrls()));
    }

    private static String hint(String path, Collection<String> urls) {
        return Suggestions.nearest(path, urls).map(u -> "did you mean " + u + "? ").orElse("")
                + "link to a page's URL (e.g. /guide/setup/) or to a file under static/";
    }

    static Diagnostic finding(Rule rule, LinkRef link, CheckContext context, String message, String hint) {
        Severity severity = context.severities().of(rule);
        if (severity == null) return null;
        Diagnostic d = new Diagnostic(severity, link.position(), message + " [" + rule.id() + "]", link.excerpt(), hint, List.of());
        return link.includedFrom() == null ? d : d.withNote("included from " + link.includedFrom());
    }
}
