package dev.quire.render;

import dev.quire.render.code.CodeBlockHtml;
import dev.quire.render.code.CodeHighlighter;
import dev.quire.render.code.CodeMeta;

import java.util.List;

/** Code blocks as the build writes them: fence meta applied, highlighted with the build's grammars. */
public final class HighlightedCode implements CodeBlockNodeRenderer.Factory {

    private final CodeHighlighter highlighter = CodeHighlighter.create();

    @Override
    public String render(String info, String code, List<String> warnings) {
        CodeMeta meta = CodeMeta.parse(info);
        warnings.addAll(meta.warnings());
        CodeBlockHtml.Rendered rendered = CodeBlockHtml.render(meta, code, highlighter);
        warnings.addAll(rendered.warnings());
        return rendered.html();
    }

    /** A code block from a string, as the {@code Code} component and TypeScriptExample need; {@code meta} is more fence meta. */
    public String render(String language, String title, String meta, String code, List<String> warnings) {
        String info = (language == null ? "" : language) + (title == null ? "" : " title=\"" + title.replace("\"", "\\\"") + "\"")
                + (meta == null || meta.isBlank() ? "" : " " + meta);
        return render(info, code, warnings);
    }
}
