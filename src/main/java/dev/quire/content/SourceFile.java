package dev.quire.content;

import dev.quire.diag.SourceText;

/**
 * A page source read from {@code content/}: its text, its split frontmatter and what that says.
 *
 * @param contentPath the path below {@code content/} ("a/b.mdx")
 * @param mdx         true for .mdx (components and expressions), false for plain .md
 */
public record SourceFile(String contentPath, SourceText source, FrontMatter frontMatter, PageMeta meta, boolean mdx) {

    /** The path relative to the site root, as diagnostics name it ("content/a/b.mdx"). */
    public String sitePath() {
        return source.path();
    }
}
