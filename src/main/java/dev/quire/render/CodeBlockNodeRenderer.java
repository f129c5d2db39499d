package dev.quire.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.quire.diag.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Renders fenced and indented code blocks through the build's code block renderer. */
public final class CodeBlockNodeRenderer implements NodeRenderer {

    /** Turns one code block into HTML and warnings; shared by all threads. */
    public interface Factory extends NodeRendererFactory {
        String render(String info, String code, List<String> warnings);

        @Override
        default NodeRenderer apply(DataHolder options) {
            return new CodeBlockNodeRenderer(this);
        }
    }

    private final Factory code;

    private CodeBlockNodeRenderer(Factory code) {
        this.code = code;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, this::indented));
    }

    private void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        emit(node.getInfo().toString(), node.getContentChars().normalizeEOL(), node.getStartOffset(), node, html);
    }

    private void indented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        emit("", node.getContentChars().trimTailBlankLines().normalizeEndWithEOL(), node.getStartOffset(), node, html);
    }

    private void emit(String info, String text, int offset, com.vladsch.flexmark.util.ast.Node node, HtmlWriter html) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<String> warnings = new ArrayList<>();
        String rendered = code.render(info, body, warnings);
        PageContext page = PageContext.of(node);
        if (page != null) {
            for (String w : warnings) page.diagnostics().add(page.at(node, offset, Severity.WARNING, w));
        }
        html.line();
        SplicedHtml.rawLine(node, html, rendered);
    }
}
