package dev.quire.model.redirect;

import dev.quire.diag.Diagnostics;
import dev.quire.diag.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the rules of all redirect files against the site and collapses chains to one hop: a target
 * must be a page, a file of the site, another rule's source that leads to one, or an absolute URL.
 * Duplicate sources, sources that are still pages, loops and targets that lead nowhere are errors at
 * the rule; a splat or placeholder that also matches a page is a warning. Rules with errors are left out.
 */
public final class RedirectResolver {

    private final Map<String, String> pageByKey = new HashMap<>();
    private final Map<String, String> sourceByKey = new HashMap<>();
    private final Map<String, String> fileByKey = new HashMap<>();
    private final SiteIndex site;
    private final String basePath;
    private final Diagnostics diagnostics;
    private final Map<String, RedirectRule> byFrom = new HashMap<>();
    private final Map<String, RedirectRule> byKey = new HashMap<>();
    private final List<RedirectRule> accepted = new ArrayList<>();
    private final Set<Set<RedirectRule>> loopsReported = new HashSet<>();
    private final Map<RedirectRule, RedirectPattern> patterns = new HashMap<>();

    private RedirectResolver(SiteIndex site, String basePath, Diagnostics diagnostics) {
        this.site = site;
        this.basePath = basePath;
        this.diagnostics = diagnostics;
        site.pages().forEach((path, source) -> {
            pageByKey.put(Target.key(path), path);
            sourceByKey.put(Target.key(path), source);
        });
        site.files().forEach((path, source) -> fileByKey.put(Target.key(path), source));
    }

    /** Checks {@code rules} (all files, in order) and returns the redirects to publish under {@code basePath}. */
    public static Redirects resolve(List<RedirectRule> rules, SiteIndex site, String basePath, Diagnostics diagnostics) {
        RedirectResolver resolver = new RedirectResolver(site, basePath, diagnostics);
        for (RedirectRule rule : rules) resolver.accept(rule);
        List<Redirect> exact = new ArrayList<>();
        List<Redirect> dynamic = new ArrayList<>();
        for (RedirectRule rule : resolver.accepted) {
            String to = resolver.follow(rule);
            if (to == null) continue;
            Redirect r = new Redirect(resolver.published(rule.from()), resolver.published(to), rule.status(), rule);
            (rule.dynamic() ? dynamic : exact).add(r);
        }
        return new Redirects(exact, dynamic);
    }

    private void accept(RedirectRule rule) {
        RedirectRule first = byFrom.get(rule.from());
        if (first != null) {
            diagnostics.add(rule.errorAtFrom("duplicate redirect source " + rule.from() + ": it is already redirected at " + first.place())
                    .withHint("keep one of the two rules"));
            return;
        }
        String key = Target.key(rule.from());
        if (!rule.dynamic() && pageByKey.containsKey(key)) {
            diagnostics.add(rule.errorAtFrom("redirect source " + rule.from() + " is still a page (" + sourceByKey.get(key) + ")")
                    .withHint("remove this rule, or delete or move the page; a redirect would hide it"));
            return;
        }
        if (!rule.dynamic() && fileByKey.containsKey(key)) {
            diagnostics.add(rule.errorAtFrom("redirect source " + rule.from() + " is a file of the site (" + fileByKey.get(key) + ")")
                    .withHint("remove this rule, or the file"));
            return;
        }
        if (rule.dynamic()) warnIfItMatchesAPage(rule);
        byFrom.put(rule.from(), rule);
        if (!rule.dynamic()) byKey.putIfAbsent(key, rule);
        accepted.add(rule);
    }

    private void warnIfItMatchesAPage(RedirectRule rule) {
        RedirectPattern pattern = pattern(rule);
        for (Map.Entry<String, String> page : site.pages().entrySet()) {
            if (pattern.match(page.getKey()).isPresent() || pattern.match(Target.key(page.getKey())).isPresent()) {
                diagnostics.add(rule.warningAtFrom("redirect " + rule.from() + " also matches the page " + page.getKey()
                                + " (" + page.getValue() + ")")
                        .withHint("Cloudflare Pages follows the redirect and hides the page, Netlify serves the page; narrow the source or move the page"));
                return;
            }
        }
    }

    /** The final target of a rule, site-relative, or null when it leads nowhere (reported). */
    private String follow(RedirectRule rule) {
        if (Target.isAbsolute(rule.to())) return rule.to();
        Target target = Target.of(rule.to());
        if (target.path().indexOf(':') >= 0) return checkPrefix(rule, target) ? rule.to() : null;
        String suffix = target.suffix();
        String path = target.path();
        List<RedirectRule> chain = new ArrayList<>(List.of(rule));
        while (true) {
            String key = Target.key(path);
            if (pageByKey.containsKey(key)) return pageByKey.get(key) + suffix;
            if (fileByKey.containsKey(key)) return path + suffix;
            Optional<Hop> hop = next(path);
            if (hop.isEmpty()) {
                if (chain.size() == 1) reportUnknown(rule, path);
                return null;
            }
            RedirectRule next = hop.get().rule();
            int seen = chain.indexOf(next);
            if (seen >= 0) {
                if (seen == 0) reportLoop(chain);
                return null;
            }
            chain.add(next);
            String to = hop.get().to();
            Target t = Target.of(to);
            if (suffix.isEmpty()) suffix = t.suffix();
            if (Target.isAbsolute(to) || t.path().indexOf(':') >= 0) return t.path() + suffix;
            path = t.path();
        }
    }

    /** A rule that matches a path, and the target it sends that path to. */
    private record Hop(RedirectRule rule, String to) {
    }

    private Optional<Hop> next(String path) {
        RedirectRule exact = byFrom.get(path);
        if (exact == null || exact.dynamic()) exact = byKey.get(Target.key(path));
        if (exact != null) return Optional.of(new Hop(exact, exact.to()));
        for (RedirectRule rule : accepted) {
            if (!rule.dynamic()) continue;
            Optional<Map<String, String>> captures = pattern(rule).match(path);
            if (captures.isPresent()) return Optional.of(new Hop(rule, RedirectPattern.expand(rule.to(), captures.get())));
        }
        return Optional.empty();
    }

    private RedirectPattern pattern(RedirectRule rule) {
        return patterns.computeIfAbsent(rule, r -> RedirectPattern.of(r.from()));
    }

    private void reportLoop(List<RedirectRule> chain) {
        if (!loopsReported.add(new HashSet<>(chain))) return;
        StringBuilder cycle = new StringBuilder();
        for (RedirectRule r : chain) cycle.append(r.from()).append(" → ");
        cycle.append(chain.get(0).from());
        RedirectRule rule = chain.get(0);
        diagnostics.add(rule.errorAtTo("redirect loop: " + cycle)
                .withHint(chain.size() == 1 ? "a rule must lead to another address" : "point one of these rules at a page"));
    }

    private void reportUnknown(RedirectRule rule, String path) {
        String hint;
        String withoutBase = basePath.length() > 1 && path.startsWith(basePath) ? "/" + path.substring(basePath.length()) : null;
        if (withoutBase != null && pageByKey.containsKey(Target.key(withoutBase))) {
            hint = "paths in redirects/ leave out the site's base path " + basePath + ": write " + withoutBase;
        } else {
            hint = Suggestions.nearest(path, site.pages().keySet()).map(p -> "did you mean " + p + "? ").orElse("")
                    + "a target must be a page, a file in static/, another redirect's source, or an absolute URL";
        }
        diagnostics.add(rule.errorAtTo("redirect target " + path + " is not a page of this site").withHint(hint));
    }

    private boolean checkPrefix(RedirectRule rule, Target target) {
        String prefix = target.path().substring(0, target.path().indexOf(':'));
        Set<String> known = new LinkedHashSet<>(site.pages().keySet());
        known.addAll(site.files().keySet());
        known.addAll(byFrom.keySet());
        if (known.stream().anyMatch(p -> p.startsWith(prefix))) return true;
        diagnostics.add(rule.errorAtTo("redirect target " + target.path() + " leads nowhere: no page of this site starts with " + prefix)
                .withHint(Suggestions.nearest(prefix, site.pages().keySet()).map(p -> "did you mean " + p + "?")
                        .orElse("a target must be a page, a file in static/, another redirect's source, or an absolute URL")));
        return false;
    }

    private String published(String path) {
        return Target.isAbsolute(path) ? path : basePath + path.substring(1);
    }
}
