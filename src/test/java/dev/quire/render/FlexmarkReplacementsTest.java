package dev.quire.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuireTables}, {@link QuireInlineParser} and {@link TextNodeRenderer} parse and render as the
 * flexmark parts they stand in for: the same tree (node types and offsets) and the same HTML.
 */
class FlexmarkReplacementsTest {

    private static final String TRICKY = """
            A paragraph with `code`, ``two `ticks` here``, [a link](https://example.com "title") and
            [a ref][r], ![an image](img.png 'alt title'), <https://auto.example.com> and *stress* ~~gone~~.
            Escapes \\* and \\[ and entities &amp; &copy; &#65; &nbsp;, a lone & and <b>html</b> "quotes" > <.
            Line one\r
            line two after a carriage return\r\nand a CRLF; a NUL \u0000 here; unicode — é ✓.

            [r]: https://ref.example.com "Ref title"

            a | b
            --|--
            1 | 2

            text first
            | not | a | table |
            |---|---|---|

            | h1 | h2 |
            |:---|---:|
            | `x|y` | [l](u) |
            | \\| escaped | cell |

            - [ ] task with a [link][r]
            - [x] done &amp; `code`

            Footnote here[^1].

            [^1]: The note, with `code`.

                indented code & <tags>

            ```js
            fenced & <code>
            ```
            """;

    @Test
    void trickyMarkdownParsesAndRendersAsFlexmarkDoes() {
        assertSame(TRICKY);
        assertThat(html(TRICKY, true)).contains("<table class=\"table\">", "<code>two `ticks` here</code>", "&amp; © A",
                "<a href=\"https://ref.example.com\" title=\"Ref title\">a ref</a>");
    }

    @Test
    void everyPageOfTheExampleSiteAndTheCorpusParsesAndRendersAsFlexmarkDoes() {
        for (String text : MarkdownSamples.all()) assertSame(text);
    }

    @Test
    void onlyParagraphsWithAPipeInTheirFirstLineMayBeTables() {
        Document doc = parser(true).parse("a | b\n---|---\n\nno pipe\n| a | b |\n|---|---|\n");
        List<Boolean> may = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Paragraph p) may.add(QuireTables.mayBeTable(p));
        }
        assertThat(may).containsExactly(false);
        assertThat(doc.getFirstChild().getClass().getSimpleName()).isEqualTo("TableBlock");
    }

    @Test
    void pageCharsReadsAsFlexmarkDoes() {
        BasedSequence page = BasedSequence.of("ab|c\u0000d é");
        for (int from = 0; from <= page.length(); from++) {
            for (int to = from; to <= page.length(); to++) {
                BasedSequence s = page.subSequence(from, to);
                assertThat(PageChars.string(s)).isEqualTo(s.toString());
                assertThat(PageChars.contains(s, '|')).isEqualTo(s.indexOf('|') >= 0);
            }
        }
        assertThat(PageChars.string(page.subSequence(3, 5))).isEqualTo("c\uFFFD");
    }

    @Test
    void textWithoutBackslashAmpersandOrCarriageReturnIsPlain() {
        assertThat(TextNodeRenderer.plain("words <b> \"q\" é")).isTrue();
        assertThat(TextNodeRenderer.plain("a\\*")).isFalse();
        assertThat(TextNodeRenderer.plain("&amp;")).isFalse();
        assertThat(TextNodeRenderer.plain("a\rb")).isFalse();
    }

    @Test
    void textIsEscapedAsFlexmarkEscapesIt() {
        java.util.Random random = new java.util.Random(8);
        String chars = "ab &<>\"'\\;#\u00e9\u2014";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(chars.charAt(random.nextInt(chars.length())));
            assertThat(TextNodeRenderer.escape(text.toString()))
                    .isEqualTo(com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(text, false));
        }
        String plain = "no specials";
        assertThat(TextNodeRenderer.escape(plain)).isSameAs(plain);
    }

    private static void assertSame(String text) {
        assertThat(tree(parser(true).parse(text))).isEqualTo(tree(parser(false).parse(text)));
        assertThat(html(text, true)).isEqualTo(html(text, false));
    }

    private static String html(String text, boolean quire) {
        return renderer(quire).render(parser(quire).parse(text));
    }

    private static String tree(Document doc) {
        StringBuilder out = new StringBuilder();
        for (Node node : doc.getDescendants()) out.append(node).append('\n');
        return out.toString();
    }

    private static Parser parser(boolean quire) {
        return Parser.builder(options(quire)).build();
    }

    private static HtmlRenderer renderer(boolean quire) {
        MutableDataSet options = options(quire);
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
        if (quire) builder.nodeRendererFactory(o -> new TextNodeRenderer());
        return builder.build();
    }

    private static MutableDataSet options(boolean quire) {
        List<Extension> extensions = new ArrayList<>(List.of(quire ? new QuireTables() : TablesExtension.create(),
                StrikethroughExtension.create(), TaskListExtension.create(), FootnoteExtension.create()));
        if (quire) extensions.add(new QuireInlineParser.Extension());
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "table");
        return options;
    }
}
