package dev.quire.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers Quire's own node renderers (headings, code blocks) with flexmark's HTML renderer. */
final class QuireHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    private final CodeBlockNodeRenderer.Factory code;

    QuireHtmlExtension(CodeBlockNodeRenderer.Factory code) {
        this.code = code;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new HeadingNodeRenderer());
        builder.nodeRendererFactory(code);
    }
}
