package dev.quire.model.facts;

import dev.quire.diag.Severity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of {@code quire check}, each with the id that {@code site.yaml}'s {@code check.rules}
 * names and its default severity. Findings end with their rule id in brackets.
 */
public enum Rule {
    BROKEN_LINK("broken-link", Severity.ERROR),
    BROKEN_ANCHOR("broken-anchor", Severity.ERROR),
    LINK_TO_REDIRECT("link-to-redirect", Severity.WARNING),
    EXTERNAL_LINK("external-link", Severity.ERROR),
    WORKER_CODE_IN_BARE_FENCE("worker-code-in-bare-fence", Severity.WARNING),
    UNUSED_IMPORT("unused-import", Severity.WARNING),
    FENCE_WITHOUT_LANGUAGE("fence-without-language", Severity.WARNING),
    HEADING_LEVEL_SKIP("heading-level-skip", Severity.WARNING),
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    UNUSED_PARTIAL_PARAM("unused-partial-param", Severity.WARNING),
    MISSING_DESCRIPTION("missing-description", Severity.WARNING),
    UNKNOWN_DATA_VALUE("unknown-data-value", Severity.ERROR);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }
}
