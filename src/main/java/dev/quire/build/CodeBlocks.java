package dev.quire.build;

import dev.quire.render.CodeBlockNodeRenderer;
import dev.quire.render.Html;

import java.util.List;

/** Interim: plain escaped code blocks until the highlighter lands. */
final class CodeBlocks implements CodeBlockNodeRenderer.Factory {
    @Override
    public String render(String info, String code, List<String> warnings) {
        return "<pre><code>" + Html.escape(code) + "</code></pre>";
    }
}
