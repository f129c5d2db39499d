package dev.quire.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code code(code, lang, title, meta)}: a highlighted code block built from strings, the same HTML as
 * a fenced block, for components such as {@code <Code code={props.request} lang="json" />}. {@code meta}
 * is more fence meta ({@code {2} collapse={1-5}}), as TypeScriptExample passes on from its fence. A
 * leading line break (as template literals have) is dropped.
 */
final class CodeFunction implements Function {

    private final HighlightedCode code;

    CodeFunction(HighlightedCode code) {
        this.code = code;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("code", "lang", "title", "meta");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object text = args.get("code");
        if (!(text instanceof String s)) {
            throw new PebbleException(null, "code(): code must be a string", line, self.getName());
        }
        if (s.startsWith("\n")) s = s.substring(1);
        if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
        Object lang = args.get("lang");
        Object title = args.get("title");
        Object meta = args.get("meta");
        return new SafeString(code.render(lang == null ? "" : String.valueOf(lang), title == null ? null : String.valueOf(title),
                meta == null ? "" : String.valueOf(meta), s, new ArrayList<>()));
    }
}
