package dev.quire.render;

import dev.quire.content.Badge;

import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code page}. Every field exists; optional ones are null.
 *
 * @param source the page's file relative to the site ("content/a/b.mdx")
 * @param content the rendered body HTML
 * @param meta   the frontmatter as written
 * @param robots the robots meta content ("noindex"), or null
 * @param deprecated the page's deprecation (for the banner), or null when it is current
 * @param lastUpdated the date of the last commit that changed the page's file (YYYY-MM-DD), or null when
 *                    the site is not in git, the clone is shallow or the file is not committed
 */
public record PageView(String title, String description, String url, String permalink, String source,
                       String editUrl, String content, List<TocEntry> toc, List<LinkView> breadcrumbs,
                       LinkView prev, LinkView next, Map<String, Object> meta, Badge badge, String robots,
                       List<Map<String, Object>> head, DeprecationView deprecated,
                       String lastUpdated) {
}
