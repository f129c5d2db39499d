package dev.quire.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers Quire's own node renderers (headings, text, code blocks, MDX nodes) with flexmark's HTML renderer. */
final class QuireHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    private final CodeBlockNodeRenderer.Factory code;
    private final ComponentRenderer components;

    QuireHtmlExtension(CodeBlockNodeRenderer.Factory code, ComponentRenderer components) {
        this.code = code;
        this.components = components;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new SplicedHtml.PageWriter());
        builder.nodeRendererFactory(options -> new HeadingNodeRenderer());
        builder.nodeRendererFactory(options -> new TextNodeRenderer());
        builder.nodeRendererFactory(code);
        builder.nodeRendererFactory(options -> new MdxNodeRenderer(components));
    }
}
