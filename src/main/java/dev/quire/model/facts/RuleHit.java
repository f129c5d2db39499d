package dev.quire.model.facts;

import dev.quire.diag.Diagnostic;

/** What one rule found, as a diagnostic with the rule's default severity; {@code quire check} applies site.yaml's. */
public record RuleHit(Rule rule, Diagnostic diagnostic) {
}
