package dev.quire.render;

import dev.quire.config.SiteConfig;

import java.util.Map;

/**
 * What templates see as {@code site}.
 *
 * @param home the URL of the home page: the base path, "/" unless the site's url has a path
 * @param search true when the site has search (the header shows the search box)
 */
public record SiteView(String title, String description, String url, String home, String language, String logo,
                       Map<String, Object> params, boolean search) {

    public static SiteView of(SiteConfig c) {
        return new SiteView(c.title(), c.description(), c.url(), c.basePath(), c.language(), c.logo(), c.params(),
                c.search().enabled());
    }
}
