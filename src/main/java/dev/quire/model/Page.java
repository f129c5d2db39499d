package dev.quire.model;

import dev.quire.content.PageMeta;
import dev.quire.content.SourceFile;

/**
 * One page of the site.
 *
 * @param path the site-relative URL path without base path or leading slash ("a/b/", "" for home)
 * @param url  the URL the site links to, base path included ("/a/b/", or "/docs/a/b/")
 */
public record Page(SourceFile file, String path, String url) {

    public PageMeta meta() {
        return file.meta();
    }

    public String title() {
        return file.meta().title();
    }

    /** The frontmatter's description, or null. */
    public String description() {
        return file.meta().description();
    }

    /** The sidebar label: {@code sidebar.label}, else the title. */
    public String label() {
        String label = file.meta().sidebar().label();
        return label != null ? label : title();
    }

    public String outputFile() {
        return Urls.outputFile(path);
    }

    public String sitePath() {
        return file.sitePath();
    }

    /** The top-level folder of the page ("a/" for a/b/c.mdx), or "" for pages directly in content/. */
    public String sectionKey() {
        int slash = file.contentPath().indexOf('/');
        return slash < 0 ? "" : file.contentPath().substring(0, slash + 1);
    }
}
