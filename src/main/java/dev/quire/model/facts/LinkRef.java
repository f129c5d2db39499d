package dev.quire.model.facts;

import dev.quire.diag.Position;

/**
 * A link or image reference as written in a page or in a partial it includes.
 *
 * @param href         the URL exactly as written
 * @param position     where the URL is written (in the partial's file for a link in a partial)
 * @param excerpt      the source line at {@code position}
 * @param includedFrom where the page includes the partial ("content/a.mdx:3:1"), or null
 * @param image        true for an image ({@code ![…](…)}, {@code <img src>})
 */
public record LinkRef(String href, Position position, String excerpt, String includedFrom, boolean image) {
}
