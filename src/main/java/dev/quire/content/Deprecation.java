package dev.quire.content;

import dev.quire.diag.Position;

/**
 * A page's {@code deprecated} frontmatter: {@code true}, or {@code {since, message, replacement}}.
 *
 * @param since       a date or version, or null
 * @param message     what readers should know, or null
 * @param replacement the site path of the page that replaces this one, or null
 * @param position    where {@code replacement} is written, for errors about it
 */
public record Deprecation(String since, String message, String replacement, Position position) {
}
