package dev.quire.config;

import dev.quire.diag.Position;

import java.util.Map;

/**
 * A YAML document read as plain data (Map, List, String, Long, Double, Boolean, null) together with
 * the position of every mapping key, keyed by its dotted path ("sidebar.order", "head.0.tag").
 */
public record YamlData(Object value, Map<String, Position> keyPositions, Position start) {

    public YamlData {
        keyPositions = Map.copyOf(keyPositions);
    }

    /** The position of a key, or of the document when the key is unknown. */
    public Position positionOf(String path) {
        return keyPositions.getOrDefault(path, start);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
