package dev.quire.config;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteConfigLoaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig parse(String yaml) {
        return SiteConfigLoader.parse(new SourceText("site.yaml", yaml), diagnostics);
    }

    private String report() {
        return diagnostics.sorted().stream().map(Reporter::format).collect(Collectors.joining());
    }

    @Test
    void readsSettingsWithDefaults() {
        SiteConfig c = parse("title: Docs\nurl: https://docs.example.com/\nedit_url: https://git.example.com/edit/\nparams:\n  x: 1\n");
        assertThat(c.title()).isEqualTo("Docs");
        assertThat(c.url()).isEqualTo("https://docs.example.com");
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.basePath()).isEqualTo("/");
        assertThat(c.params()).containsEntry("x", 1L);
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void basePathComesFromTheUrl() {
        assertThat(parse("title: D\nurl: https://example.com/docs").basePath()).isEqualTo("/docs/");
        assertThat(parse("title: D\nurl: https://example.com/docs").origin()).isEqualTo("https://example.com");
        assertThat(parse("title: D").basePath()).isEqualTo("/");
    }

    @Test
    void unknownKeyIsAWarningWithItsLineAndTheNearestKey() {
        parse("title: Docs\ndescripton: x\n");
        assertThat(report()).isEqualTo("""
                site.yaml:2:1: warning: unknown key 'descripton' in site.yaml
                  descripton: x
                  ^
                  hint: did you mean 'description'?
                """);
    }

    @Test
    void wrongTypeIsAnErrorNamingTheKey() {
        parse("title: Docs\nstrict: maybe\n");
        assertThat(report()).startsWith("site.yaml:2:1: error: 'strict' in site.yaml must be true or false\n");
    }

    @Test
    void missingTitleIsAnError() {
        parse("url: https://example.com\n");
        assertThat(report()).contains("site.yaml:1:1: error: site.yaml has no title");
    }

    @Test
    void badYamlPointsAtTheLine() {
        assertThatThrownBy(() -> parse("title: Docs\nurl: [unclosed\n"))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).position().line()).isEqualTo(3));
    }

    @Test
    void yamlTagsThatWouldBuildObjectsAreRefused() {
        assertThatThrownBy(() -> parse("title: !!javax.script.ScriptEngineManager [x]\n"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("unsupported YAML tag tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }
}
