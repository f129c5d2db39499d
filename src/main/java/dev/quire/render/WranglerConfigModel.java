package dev.quire.render;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Severity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code <WranglerConfig>}: a Wrangler configuration in one {@code toml} fence (or {@code json} /
 * {@code jsonc}), and the same configuration in the other format. TOML is read with a TOML library
 * and written as JSON indented with tabs; JSON (comments and trailing commas allowed) is written as
 * TOML by {@link TomlWriter}. Gives the template {@code toml} and {@code json}, each
 * {@code {code, meta}} (the fence's meta stays with the code it was written for), and {@code source}
 * ("toml" or "json"). Code that does not parse is an error at its line and column.
 */
final class WranglerConfigModel implements ComponentModel {

    private static final Set<String> LANGS = Set.of("toml", "json", "jsonc");

    /**
     * The mappers, made when the first {@code <WranglerConfig>} is read: Jackson's setting up takes about 190 ms
     * in a fresh JVM, which every build paid when this class was loaded with the other components.
     */
    private static final class Mappers {
        static final TomlMapper TOML = new TomlMapper();
        static final JsonMapper JSON = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("\t", "\n")).withArrayIndenter(new DefaultIndenter("\t", "\n")));
    }

    @Override
    public boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars) {
        FenceChild fence = FenceChild.find(node, LANGS, "toml", page);
        if (fence == null) return false;
        boolean toml = fence.lang().equals("toml");
        String other;
        try {
            JsonNode tree = (toml ? Mappers.TOML : Mappers.JSON).readTree(fence.code());
            if (!(tree instanceof ObjectNode object)) {
                page.diagnostics().add(page.at(fence.node(), fence.node().getStartOffset(), Severity.ERROR,
                        "the configuration in <WranglerConfig> is not an object").withHint("write it as { \"name\": \"…\", … }"));
                return false;
            }
            other = toml ? Mappers.PRETTY.writeValueAsString(object) : TomlWriter.write(object);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int offset = at == null ? fence.node().getStartOffset() : fence.offsetOf(at.getLineNr(), Math.max(1, at.getColumnNr()));
            page.diagnostics().add(page.at(fence.node(), offset, Severity.ERROR, "invalid " + (toml ? "TOML" : "JSON")
                    + " in <WranglerConfig>: " + e.getOriginalMessage()).withHint("fix the configuration; Quire shows it as "
                    + (toml ? "JSON" : "TOML") + " too, so it must parse"));
            return false;
        } catch (IllegalArgumentException e) {
            page.diagnostics().add(page.at(fence.node(), fence.node().getStartOffset(), Severity.ERROR,
                    "cannot show this JSON as TOML: " + e.getMessage()));
            return false;
        }
        vars.put("source", toml ? "toml" : "json");
        vars.put("toml", block(toml ? fence.code() : other.strip(), toml ? fence.meta() : ""));
        vars.put("json", block(toml ? other.strip() : fence.code(), toml ? "" : fence.meta()));
        return true;
    }

    private static Map<String, Object> block(String code, String meta) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("meta", meta);
        return out;
    }
}
