package dev.quire.model;

/**
 * Where a page is published: {@code a/b.mdx} at {@code /a/b/} (written to {@code a/b/index.html}),
 * {@code a/index.mdx} at {@code /a/}, {@code index.mdx} at {@code /}.
 */
public final class Urls {

    private Urls() {
    }

    /** The site-relative path of a page without base path or leading slash: "a/b/", or "" for the home page. */
    public static String pathOf(String contentPath) {
        String p = contentPath.replaceFirst("\\.mdx?$", "");
        if (p.equals("index")) return "";
        if (p.endsWith("/index")) p = p.substring(0, p.length() - "index".length());
        else p = p + "/";
        return p.replace(' ', '-');
    }

    /** The output file of a page path: "a/b/index.html". */
    public static String outputFile(String path) {
        return path + "index.html";
    }

    /** The Markdown copy of a page path: "a/b/index.md". */
    public static String markdownFile(String path) {
        return path + "index.md";
    }

    /** The folder a content path belongs to as a nav key: "a/b/" for a/b/c.mdx and for a/b/index.mdx. */
    public static String folderOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    public static boolean isIndex(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        return name.equals("index.mdx") || name.equals("index.md");
    }
}
