package dev.quire.check;

import dev.quire.config.CheckConfig;
import dev.quire.config.SiteConfigLoader;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.diag.Severity;
import dev.quire.diag.Suggestions;
import dev.quire.model.facts.Rule;
import dev.quire.model.facts.RuleHit;

import java.util.EnumMap;
import java.util.Map;

/**
 * The severity of each rule: its default, or what {@code check.rules} in site.yaml sets
 * ({@code error}, {@code warning}, {@code off}). An unknown rule id there is a warning naming the ids.
 */
public final class Severities {

    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);

    private Severities() {
    }

    /** Reads check.rules, reporting unknown rule ids into {@code diagnostics}. */
    public static Severities of(CheckConfig config, Diagnostics diagnostics) {
        Severities s = new Severities();
        for (Rule r : Rule.values()) s.severities.put(r, r.defaultSeverity());
        config.rules().forEach((id, value) -> {
            Rule rule = Rule.byId(id).orElse(null);
            if (rule == null) {
                Position p = config.rulePositions().get(id);
                String hint = Suggestions.nearest(id, Rule.ids()).map(n -> "did you mean '" + n + "'? ").orElse("")
                        + "rules: " + String.join(", ", Rule.ids());
                diagnostics.add(Diagnostic.warning(p, "unknown rule '" + id + "' in check.rules of " + SiteConfigLoader.FILE).withHint(hint));
                return;
            }
            s.severities.put(rule, value.equals("off") ? null : value.equals("error") ? Severity.ERROR : Severity.WARNING);
        });
        return s;
    }

    /** The severity of a rule, or null when it is off. */
    public Severity of(Rule rule) {
        return severities.get(rule);
    }

    /** A rule's finding with the site's severity, or null when the rule is off. */
    public Diagnostic apply(RuleHit hit) {
        Severity s = of(hit.rule());
        return s == null ? null : hit.diagnostic().withSeverity(s);
    }
}
