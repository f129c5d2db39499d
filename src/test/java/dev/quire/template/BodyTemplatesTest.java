package dev.quire.template;

import dev.quire.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which theme files a page body can depend on, read from the component templates. */
class BodyTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInComponentsReachTheirIncludesButNoLayout() {
        BodyTemplates reach = BodyTemplates.of(new ThemeFiles(dir));
        assertThat(reach.reaches("components/Aside.peb")).isTrue();
        assertThat(reach.reaches("components/Anything.peb")).isTrue();
        assertThat(reach.reaches("includes/tabs.peb")).isTrue();
        assertThat(reach.reaches("includes/icons.peb")).isTrue();
        assertThat(reach.reaches("includes/macros.peb")).isFalse();
        assertThat(reach.reaches("layouts/page.peb")).isFalse();
        assertThat(reach.reaches("layouts/base.peb")).isFalse();
        assertThat(reach.reaches("sidebar.peb")).isFalse();
        assertThat(reach.reaches("sitemap.xml.peb")).isFalse();
        assertThat(reach.reaches("assets/theme.css")).isFalse();
    }

    @Test
    void loadsAreFollowedThroughEveryLevelInAnyTagAndQuote() {
        TestSite.of(dir, """
                -- templates/components/Hello.peb --
                {% import 'lib/a.peb' %}{% include "lib/b.peb" with {"x": 1} %}<b>{{ name }}</b>
                -- templates/lib/a.peb --
                {%- from "lib/c.peb" import shout -%}
                -- templates/lib/b.peb --
                {% embed "lib/d.peb" %}{% endembed %}
                -- templates/lib/c.peb --
                {% macro shout(x) %}{{ x | upper }}{% endmacro %}
                -- templates/lib/d.peb --
                plain
                -- templates/lib/unused.peb --
                {% include "lib/e.peb" %}
                """);
        BodyTemplates reach = BodyTemplates.of(new ThemeFiles(dir));
        assertThat(reach.reaches("lib/a.peb")).isTrue();
        assertThat(reach.reaches("lib/b.peb")).isTrue();
        assertThat(reach.reaches("lib/c.peb")).isTrue();
        assertThat(reach.reaches("lib/d.peb")).isTrue();
        assertThat(reach.reaches("lib/unused.peb")).isFalse();
        assertThat(reach.reaches("lib/e.peb")).isFalse();
        assertThat(reach.reaches("assets/theme.css")).isFalse();
    }

    @Test
    void aComponentThatAsksForAnAssetReachesTheAssets() {
        TestSite.of(dir, """
                -- templates/components/Logo.peb --
                {% include "lib/img.peb" %}
                -- templates/lib/img.peb --
                <img src="{{ asset( 'logo.svg') }}">
                """);
        assertThat(BodyTemplates.of(new ThemeFiles(dir)).reaches("assets/theme.css")).isTrue();
    }

    @Test
    void aTemplateNamedByAnExpressionOrARelativeNameMeansEverythingIsReached() {
        TestSite.of(dir, """
                -- templates/components/Pick.peb --
                {% include "lib/" + kind + ".peb" %}
                """);
        assertThat(BodyTemplates.of(new ThemeFiles(dir)).reaches("layouts/page.peb")).isTrue();
        TestSite.of(dir, """
                -- templates/components/Pick.peb --
                {% include "../layouts/page.peb" %}
                """);
        assertThat(BodyTemplates.of(new ThemeFiles(dir)).reaches("sidebar.peb")).isTrue();
    }
}
