package dev.quire.model;

import dev.quire.model.redirect.Coverage;

import java.util.List;

/**
 * What a build published, as {@code .quire/manifest.json} records it: the site URL, every page with
 * its source file, and every redirect. Read back to find pages that a later build dropped.
 *
 * @param url the site's {@code url} setting ("" when unset, or when read from a list of paths)
 */
public record Manifest(String url, List<PageEntry> pages, List<RedirectEntry> redirects) {

    /** A published page: its URL (base path included) and its source file, or null when unknown. */
    public record PageEntry(String url, String source) {
    }

    /** A published redirect, as in {@code _redirects}. */
    public record RedirectEntry(String from, String to, int status) {
    }

    public Manifest {
        pages = List.copyOf(pages);
        redirects = List.copyOf(redirects);
    }

    public List<String> pageUrls() {
        return pages.stream().map(PageEntry::url).toList();
    }

    /** The URLs this published site answers: its pages and what its redirects match. */
    public Coverage coverage() {
        return new Coverage(pageUrls(), redirects.stream().map(RedirectEntry::from).toList());
    }
}
