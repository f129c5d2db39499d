package dev.quire.render;

import dev.quire.config.SiteConfig;

import java.util.Map;

/** What templates see as {@code site}. */
public record SiteView(String title, String description, String url, String language, String logo,
                       Map<String, Object> params) {

    public static SiteView of(SiteConfig c) {
        return new SiteView(c.title(), c.description(), c.url(), c.language(), c.logo(), c.params());
    }
}
