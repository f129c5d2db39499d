package dev.quire.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered with its big HTML blocks set aside ({@link SplicedHtml}) has the same bytes as one
 * rendered through flexmark's writer alone, for blocks of every shape the writer would change.
 */
class SplicedHtmlTest {

    /** Code block HTML of the shape its info string names: what the writer keeps, trims or collapses. */
    private static final CodeBlockNodeRenderer.Factory CODE = (info, code, warnings) -> switch (info) {
        case "indented" -> "<pre>\n  <code>" + code + "</code>\n</pre>\n";
        case "blank" -> "<pre><code>a\n\n\nb</code></pre>";
        case "tab" -> "<pre><code>a\n\tb\tc</code></pre>\n";
        case "crlf" -> "<pre><code>a\r\nb</code></pre>\r\n";
        case "trailing" -> "<pre><code>a   \nb \t</code></pre>\n\n";
        case "empty" -> "";
        case "newline" -> "\n";
        default -> "<pre class=\"code\"><code>" + code.replace("\n", "</span>\n<span>") + "</code></pre>\n";
    };

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(), FootnoteExtension.create(),
                    AutolinkExtension.create(), new QuireHtmlExtension(CODE, null)))
            .set(HtmlRenderer.RENDER_HEADER_ID, false).set(HtmlRenderer.GENERATE_HEADER_ID, false);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static final String SHAPES = """
            # Title

            ## A *heading* with    spaces

            ```js
            let a = 1;
              indented();
            ```

            ```indented
            x
            ```

            - item

              ```blank
              ```

            - ```tab
              ```

            > ```crlf
            > ```
            >
            > ## Quoted heading

            1. ```trailing
               ```
            2. ```empty
               ```

            ```newline
            ```

                indented code

            | a | b |
            |---|---|
            | `x` | y |

            Text[^1].

            [^1]: A note.

                  ```js
                  in a note
                  ```
            """;

    @Test
    void blocksOfEveryShapeGiveTheSameBytes() {
        assertThat(spliced(SHAPES)).isEqualTo(plain(SHAPES)).contains("<pre class=\"code\"><code>let a = 1;</span>");
    }

    @Test
    void onlyBlocksTheWriterKeepsAsTheyAreAreSetAside() {
        Document doc = PARSER.parse(SHAPES);
        HeadingIds.assign(doc);
        SplicedHtml.attach(doc);
        assertThat(RENDERER.render(doc)).doesNotContain("let a = 1", "in a note", "Section titled &ldquo;A heading with spaces&rdquo;")
                .contains("<pre>\n<code>x", "<pre><code>a\n\nb</code>", "<pre><code>a\n\tb\tc</code></pre>", "<pre><code>a   \nb \t</code></pre>");
    }

    @Test
    void everyPageOfTheExampleSiteAndTheCorpusGivesTheSameBytes() {
        List<String> samples = MarkdownSamples.all();
        assertThat(samples).isNotEmpty();
        for (String text : samples) assertThat(spliced(text)).isEqualTo(plain(text));
    }

    private static String plain(String text) {
        Document doc = PARSER.parse(text);
        HeadingIds.assign(doc);
        return RENDERER.render(doc);
    }

    private static String spliced(String text) {
        Document doc = PARSER.parse(text);
        HeadingIds.assign(doc);
        SplicedHtml spliced = SplicedHtml.attach(doc);
        return spliced.apply(RENDERER.render(doc));
    }
}
