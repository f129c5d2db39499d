package dev.quire.render;

/**
 * A deprecated page as templates see it ({@code page.deprecated}, and each entry of the
 * deprecations list): the page, since when, why, and the page that replaces it.
 *
 * @param page        the deprecated page (title and URL)
 * @param since       a date or version as written, or null
 * @param message     the note for readers, or null
 * @param replacement the replacing page (its title and URL), or null
 */
public record DeprecationView(LinkView page, String since, String message, LinkView replacement) {
}
