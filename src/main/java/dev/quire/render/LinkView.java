package dev.quire.render;

import dev.quire.model.Page;

/** A link to a page: its title and URL (breadcrumbs, previous/next). */
public record LinkView(String title, String url) {

    static LinkView of(Page page) {
        return page == null ? null : new LinkView(page.label(), page.url());
    }
}
