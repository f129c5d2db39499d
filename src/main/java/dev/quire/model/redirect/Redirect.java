package dev.quire.model.redirect;

/**
 * A checked redirect as published: source and final target as served (base path included, chains
 * collapsed to one hop), its status, and the rule it came from.
 */
public record Redirect(String from, String to, int status, RedirectRule rule) {

    public boolean dynamic() {
        return rule.dynamic();
    }
}
