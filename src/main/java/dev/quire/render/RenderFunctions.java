package dev.quire.render;

import io.pebbletemplates.pebble.extension.Function;

import java.util.Map;

/** The template functions that need the renderer: {@code markdown(text)} and {@code code(code, lang, title)}. */
public final class RenderFunctions {

    private RenderFunctions() {
    }

    public static Map<String, Function> create(HighlightedCode code) {
        return Map.of("markdown", new MarkdownFunction(), "code", new CodeFunction(code));
    }
}
