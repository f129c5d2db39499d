package dev.quire.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TomlWriterTest {

    static final String JSON = """
            {
              "name": "my worker",
              "compatibility_flags": ["nodejs_compat"],
              "observability": { "enabled": true, "head_sampling_rate": 0.5 },
              "env": { "staging": { "vars": { "MODE": "staging" } } },
              "routes": [{ "pattern": "a.example.com/*", "zone_name": "example.com" }, { "pattern": "b" }],
              "odd key": "quote \\" and \\\\ and\\nline",
              "triggers": { "crons": [] },
              "limits": { "cpu": { "ms": 50 } },
              "mixed": [1, { "a": 2 }]
            }
            """;

    @Test
    void writesTablesAfterPlainKeysAndArraysOfTables() throws Exception {
        String toml = TomlWriter.write((ObjectNode) new JsonMapper().readTree(JSON));
        assertThat(toml).isEqualTo("""
                name = "my worker"
                compatibility_flags = ["nodejs_compat"]
                "odd key" = "quote \\" and \\\\ and\\nline"
                mixed = [1, { a = 2 }]

                [observability]
                enabled = true
                head_sampling_rate = 0.5

                [env.staging.vars]
                MODE = "staging"

                [[routes]]
                pattern = "a.example.com/*"
                zone_name = "example.com"

                [[routes]]
                pattern = "b"

                [triggers]
                crons = []

                [limits.cpu]
                ms = 50
                """);
    }

    @Test
    void theTomlReadsBackAsTheSameJson() throws Exception {
        ObjectNode json = (ObjectNode) new JsonMapper().readTree(JSON);
        JsonNode back = new TomlMapper().readTree(TomlWriter.write(json));
        Comparator<JsonNode> sameValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertThat(back.equals(sameValue, json)).as("%s", back).isTrue();
    }

    @Test
    void nullHasNoToml() throws Exception {
        assertThatThrownBy(() -> TomlWriter.write((ObjectNode) new JsonMapper().readTree("{\"a\": null}")))
                .hasMessage("TOML has no null; leave the key out instead");
    }
}
