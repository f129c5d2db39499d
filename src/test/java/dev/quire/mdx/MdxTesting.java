package dev.quire.mdx;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.SourceText;

import java.util.List;

/** The parsers the lead's pipeline builds (CommonMark + GFM extensions + MDX), for tests. */
final class MdxTesting {

    static final Parser MDX = parser(true);
    static final Parser MD = parser(false);

    private MdxTesting() {
    }

    static Parser parser(boolean jsx) {
        return Parser.builder(new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), TaskListExtension.create(), FootnoteExtension.create(),
                        MdxExtension.create()))
                .set(MdxExtension.JSX, jsx)).build();
    }

    record Parsed(Document document, SourceText source, List<Diagnostic> errors) {
    }

    static Parsed parse(String path, String text, boolean jsx) {
        Document doc = (jsx ? MDX : MD).parse(text);
        SourceText src = new SourceText(path, text);
        return new Parsed(doc, src, MdxErrors.collect(doc, src));
    }
}
