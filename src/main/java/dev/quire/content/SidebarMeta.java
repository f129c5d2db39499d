package dev.quire.content;

/**
 * The {@code sidebar} frontmatter of a page.
 *
 * @param order  sort key within the folder (null sorts after numbered entries)
 * @param label  text shown in the sidebar instead of the title, or null
 * @param badge  a badge after the label, or null
 * @param hidden true: not listed, still built
 */
public record SidebarMeta(Double order, String label, Badge badge, boolean hidden) {

    public static final SidebarMeta NONE = new SidebarMeta(null, null, null, false);
}
