package dev.quire.model;

import dev.quire.content.Badge;

import java.util.List;

/**
 * An entry of the sidebar: a page link, or a group (a folder) with its items.
 *
 * @param label shown text
 * @param url   the link, or null for a group without an index page
 * @param key   unique within the site: the folder path for groups ("a/b/"), the page path for links
 * @param page  the page this entry links to, or null
 */
public record NavItem(String label, String url, Badge badge, boolean group, String key, List<NavItem> items,
                      Page page, boolean deprecated) {

    public NavItem {
        items = List.copyOf(items);
    }
}
