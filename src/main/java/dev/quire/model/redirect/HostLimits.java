package dev.quire.model.redirect;

import dev.quire.diag.Diagnostics;

import java.util.List;

/**
 * The limits static hosts put on {@code _redirects}, checked so that a site learns at build time what
 * a host would silently drop. Cloudflare Pages reads at most 2,000 static and 100 dynamic rules of at
 * most 1,000 characters each and ignores the rest. Netlify has no fixed count but recommends splats
 * above 10,000 rules (its deploy fails when the rules get too large).
 */
public final class HostLimits {

    static final int CLOUDFLARE_STATIC = 2_000;
    static final int CLOUDFLARE_DYNAMIC = 100;
    static final int CLOUDFLARE_LINE = 1_000;
    static final int NETLIFY_RULES = 10_000;

    private HostLimits() {
    }

    /** Warns at the first rule past each limit, and at each published line that is too long. */
    public static void check(Redirects redirects, Diagnostics diagnostics) {
        overflow(redirects.exact(), CLOUDFLARE_STATIC, "static", diagnostics);
        overflow(redirects.dynamic(), CLOUDFLARE_DYNAMIC, "dynamic", diagnostics);
        List<Redirect> all = redirects.all();
        if (all.size() > NETLIFY_RULES) {
            diagnostics.add(all.get(NETLIFY_RULES).rule().warningAtFrom("the site has " + all.size()
                            + " redirects; Netlify recommends splats or placeholders above " + NETLIFY_RULES)
                    .withHint("cover whole moved folders with one rule such as /old/* /new/:splat"));
        }
        for (Redirect r : all) {
            int length = RedirectsFile.line(r).length();
            if (length > CLOUDFLARE_LINE) {
                diagnostics.add(r.rule().warningAtFrom("this redirect is " + length + " characters long as published; Cloudflare Pages ignores rules longer than "
                        + CLOUDFLARE_LINE).withHint("shorten the source or the target"));
            }
        }
    }

    private static void overflow(List<Redirect> rules, int limit, String kind, Diagnostics diagnostics) {
        if (rules.size() <= limit) return;
        diagnostics.add(rules.get(limit).rule().warningAtFrom("this is " + kind + " redirect " + (limit + 1) + " of " + rules.size()
                        + "; Cloudflare Pages reads only the first " + limit + " " + kind + " redirects and ignores the rest")
                .withHint(kind.equals("static") ? "replace groups of rules with one splat rule such as /old/* /new/:splat"
                        : "merge dynamic rules, or publish to a host without this limit"));
    }
}
