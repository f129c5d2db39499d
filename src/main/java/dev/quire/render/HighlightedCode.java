package dev.quire.render;

import dev.quire.render.code.CodeBlockHtml;
import dev.quire.render.code.CodeHighlighter;
import dev.quire.render.code.CodeMeta;
import dev.quire.render.code.HighlightCache;

import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks as the build writes them: fence meta applied, highlighted with the build's grammars.
 * With a {@link HighlightCache}, a block rendered by an earlier build is taken from it; the grammars
 * are then only loaded when some block is not cached.
 */
public final class HighlightedCode implements CodeBlockNodeRenderer.Factory {

    private final HighlightCache cache;
    private volatile CodeHighlighter highlighter;

    public HighlightedCode() {
        this(null);
    }

    /** @param cache blocks of earlier builds, or null for none */
    public HighlightedCode(HighlightCache cache) {
        this.cache = cache;
    }

    @Override
    public String render(String info, String code, List<String> warnings) {
        HighlightCache.Entry entry = cache == null ? highlight(info, code) : cache.get(info, code, () -> highlight(info, code));
        warnings.addAll(entry.warnings());
        return entry.html();
    }

    private HighlightCache.Entry highlight(String info, String code) {
        CodeMeta meta = CodeMeta.parse(info);
        List<String> warnings = new ArrayList<>(meta.warnings());
        CodeBlockHtml.Rendered rendered = CodeBlockHtml.render(meta, code, highlighter());
        warnings.addAll(rendered.warnings());
        return new HighlightCache.Entry(rendered.html(), List.copyOf(warnings));
    }

    private CodeHighlighter highlighter() {
        CodeHighlighter h = highlighter;
        if (h == null) {
            synchronized (this) {
                if (highlighter == null) highlighter = CodeHighlighter.create();
                h = highlighter;
            }
        }
        return h;
    }

    /** A code block from a string, as the {@code Code} component and TypeScriptExample need; {@code meta} is more fence meta. */
    public String render(String language, String title, String meta, String code, List<String> warnings) {
        String info = (language == null ? "" : language) + (title == null ? "" : " title=\"" + title.replace("\"", "\\\"") + "\"")
                + (meta == null || meta.isBlank() ? "" : " " + meta);
        return render(info, code, warnings);
    }
}
