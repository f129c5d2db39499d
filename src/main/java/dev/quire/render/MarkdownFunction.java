package dev.quire.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * {@code markdown(text, inline=false)}: a string rendered as Markdown (CommonMark with GitHub tables,
 * strikethrough and autolinks; no MDX), for components such as {@code Markdown text="…"}. With
 * {@code inline} true a single paragraph is returned without its {@code <p>}.
 */
final class MarkdownFunction implements Function {

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownFunction() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("text", "inline");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object text = args.get("text");
        if (text == null) return new SafeString("");
        if (!(text instanceof String s)) {
            throw new PebbleException(null, "markdown(): text must be a string", line, self.getName());
        }
        String html = renderer.render(parser.parse(s)).strip();
        if (Boolean.TRUE.equals(args.get("inline")) && html.startsWith("<p>") && html.endsWith("</p>")
                && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new SafeString(html);
    }
}
