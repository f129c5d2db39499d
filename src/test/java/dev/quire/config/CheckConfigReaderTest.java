package dev.quire.config;

import dev.quire.diag.Diagnostics;
import dev.quire.diag.Reporter;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code check:} section of site.yaml: rule severities, link scope and data values, with mistakes at their line. */
class CheckConfigReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private CheckConfig parse(String check) {
        return SiteConfigLoader.parse(new SourceText("site.yaml", "title: Docs\ncheck:\n" + check), diagnostics).check();
    }

    private String report() {
        return diagnostics.sorted().stream().map(Reporter::format).collect(Collectors.joining());
    }

    @Test
    void readsRulesScopeAndDataValues() {
        CheckConfig c = parse("""
                  rules:
                    missing-description: off
                    broken-anchor: warning
                  scope: [/ai-gateway, /workers/]
                  data_values:
                    - data: models
                      field: id
                      pattern: '"model": "([^"]+)"'
                """);
        assertThat(report()).isEmpty();
        assertThat(c.rules()).isEqualTo(Map.of("missing-description", "off", "broken-anchor", "warning"));
        assertThat(c.rulePositions().get("broken-anchor")).hasToString("site.yaml:5:5");
        assertThat(c.scope()).isEqualTo(List.of("/ai-gateway/", "/workers/"));
        assertThat(c.dataValues()).singleElement().satisfies(d -> {
            assertThat(d.data()).isEqualTo("models");
            assertThat(d.field()).isEqualTo("id");
            assertThat(d.pattern()).isEqualTo("\"model\": \"([^\"]+)\"");
        });
    }

    @Test
    void noSectionMeansDefaults() {
        assertThat(SiteConfigLoader.parse(new SourceText("site.yaml", "title: Docs\n"), diagnostics).check()).isEqualTo(CheckConfig.DEFAULT);
    }

    @Test
    void mistakesAreNamedAtTheirLine() {
        CheckConfig c = parse("""
                  rule: {}
                  rules:
                    broken-link: fatal
                  scope: [ai-gateway]
                  data_values:
                    - data: models
                      field: id
                      pattern: 'model: [^"]+'
                    - data: models
                      field: id
                      pattern: '(unclosed'
                """);
        assertThat(c.rules()).isEmpty();
        assertThat(report()).isEqualTo("""
                site.yaml:3:3: warning: unknown key 'rule' in check:
                    rule: {}
                    ^
                  hint: did you mean 'rules'?
                site.yaml:5:5: error: rule 'broken-link' must be error, warning or off, got 'fatal'
                      broken-link: fatal
                      ^
                site.yaml:6:3: error: 'check.scope' in site.yaml must be a list of URL paths starting with /
                    scope: [ai-gateway]
                    ^
                site.yaml:10:7: error: the pattern of data_values must have exactly one group (...) around the value
                        pattern: 'model: [^"]+'
                        ^
                  hint: use (?:...) for other groups
                site.yaml:13:7: error: the pattern of data_values is no regular expression: Unclosed group
                        pattern: '(unclosed'
                        ^
                """);
    }
}
