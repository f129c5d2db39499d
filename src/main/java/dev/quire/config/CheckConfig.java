package dev.quire.config;

import dev.quire.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * The {@code check:} section of {@code site.yaml}: how {@code quire check} judges the site.
 * <pre>
 * check:
 *   rules:                      # rule id → error | warning | off (quire check names the id of each finding)
 *     fence-without-language: off
 *   scope: [/ai-gateway/]        # internal links are checked under these URL paths (default: the whole site);
 *                                # other paths of the same host belong to other sites, checked only with --external
 *   data_values:                 # values that must come from a data file
 *     - data: models             # data/models.yaml, a list of records
 *       field: id                # the field holding the allowed values
 *       pattern: '"model":\s*"([^"]+)"'   # where such values appear in content; group 1 is the value
 * </pre>
 *
 * @param rules         rule id → "error", "warning" or "off"
 * @param rulePositions where each rule id is written in site.yaml
 * @param scope         URL paths under which links are internal, without the base path (empty: the whole site)
 * @param dataValues    the data-value rules
 */
public record CheckConfig(Map<String, String> rules, Map<String, Position> rulePositions, List<String> scope,
                          List<DataValues> dataValues) {

    /**
     * One data-value rule.
     *
     * @param position where it is written in site.yaml
     */
    public record DataValues(String data, String field, String pattern, Position position) {
    }

    public static final CheckConfig DEFAULT = new CheckConfig(Map.of(), Map.of(), List.of(), List.of());

    public CheckConfig {
        rules = Map.copyOf(rules);
        rulePositions = Map.copyOf(rulePositions);
        scope = List.copyOf(scope);
        dataValues = List.copyOf(dataValues);
    }
}
