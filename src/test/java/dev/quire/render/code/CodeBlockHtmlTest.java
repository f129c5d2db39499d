package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import dev.quire.template.HtmlEscaping;

class CodeBlockHtmlTest {

    private static CodeBlockHtml.Rendered render(String info, String code) {
        return CodeBlockHtml.render(CodeMeta.parse(info), code, CodeHighlighterTest.HIGHLIGHTER);
    }

    private static Element figure(String info, String code) {
        Document doc = Jsoup.parseBodyFragment(render(info, code).html());
        assertThat(doc.body().children()).hasSize(1);
        return doc.body().child(0);
    }

    @Test
    void wholeShapeOfATitledBlock() {
        CodeBlockHtml.Rendered rendered = render("ts title=\"src/index.ts\" {2}", "let a = 1;\nlet b = 2;\n");

        assertThat(rendered.warnings()).isEmpty();
        assertThat(rendered.html()).isEqualTo("<figure class=\"code-block\" data-language=\"ts\">"
                + "<figcaption class=\"code-title\">src/index.ts</figcaption>"
                + "<pre class=\"language-ts\" tabindex=\"0\"><code>"
                + "<span class=\"line\"><span class=\"token keyword\">let</span> a <span class=\"token operator\">=</span> "
                + "<span class=\"token number\">1</span><span class=\"token punctuation\">;</span></span>\n"
                + "<span class=\"line mark\"><span class=\"token keyword\">let</span> b <span class=\"token operator\">=</span> "
                + "<span class=\"token number\">2</span><span class=\"token punctuation\">;</span></span>"
                + "</code></pre>"
                + "<button class=\"copy-button\" type=\"button\" aria-label=\"Copy code\" hidden>Copy</button></figure>");
    }

    @Test
    void untitledCodeFrameHasNoCaption() {
        Element figure = figure("js", "x\n");

        assertThat(figure.select("figcaption")).isEmpty();
        assertThat(figure.hasAttr("data-frame")).isFalse();
        assertThat(figure.select("pre > code > span.line")).hasSize(1);
    }

    @Test
    void terminalFrameAlwaysHasATitleBar() {
        Element figure = figure("bash", "npm i\n");

        assertThat(figure.attr("data-frame")).isEqualTo("terminal");
        assertThat(figure.select("figcaption.code-title")).hasSize(1);
        assertThat(figure.selectFirst("figcaption").text()).isEmpty();
        assertThat(figure("sh title=\"Install\"", "npm i\n").selectFirst("figcaption").text()).isEqualTo("Install");
    }

    @Test
    void frameNoneShowsNoTitle() {
        Element figure = figure("js frame=\"none\" title=\"a.js\"", "x\n");

        assertThat(figure.attr("data-frame")).isEqualTo("none");
        assertThat(figure.select("figcaption")).isEmpty();
    }

    @Test
    void marksInsAndDelBecomeLineClasses() {
        Element figure = figure("js {1,3} ins={2-3} del={4}", "a\nb\nc\nd\ne\n");

        assertThat(figure.select("span.line").eachAttr("class"))
                .containsExactly("line mark", "line ins", "line mark ins", "line del", "line");
    }

    @Test
    void collapsedRangesFoldIntoDetailsAndKeepTheText() {
        CodeBlockHtml.Rendered rendered = render("txt collapse={2-3,3-4} collapse={6}", "1\n2\n3\n4\n5\n6\n");

        assertThat(rendered.html()).contains("<code><span class=\"line\">1</span>\n"
                + "<details class=\"code-collapse\"><summary>3 collapsed lines</summary>"
                + "<span class=\"line\">2</span>\n<span class=\"line\">3</span>\n<span class=\"line\">4</span>\n</details>"
                + "<span class=\"line\">5</span>\n"
                + "<details class=\"code-collapse\"><summary>1 collapsed line</summary><span class=\"line\">6</span>"
                + "</details></code>");
        Element code = Jsoup.parseBodyFragment(rendered.html()).selectFirst("code");
        assertThat(String.join("\n", code.select("span.line").eachText())).isEqualTo("1\n2\n3\n4\n5\n6");
    }

    @Test
    void rangesPastTheEndAreWarningsAndTheRestStillApplies() {
        CodeBlockHtml.Rendered rendered = render("js {2,5-6} ins={9} collapse={3-40}", "a\nb\nc\n");

        assertThat(rendered.warnings()).containsExactly(
                "lines 5-6 in {5-6} are past the end of the 3-line block and are ignored",
                "line 9 in ins={9} is past the end of the 3-line block and is ignored",
                "lines 4-40 in collapse={3-40} are past the end of the 3-line block and are ignored");
        Element code = Jsoup.parseBodyFragment(rendered.html()).selectFirst("code");
        assertThat(code.select("span.line.mark")).hasSize(1);
        assertThat(code.selectFirst("details > summary").text()).isEqualTo("1 collapsed line");
    }

    @Test
    void unknownLanguageIsPlainEscapedTextWithAWarning() {
        CodeBlockHtml.Rendered rendered = render("mermaid", "graph TD\n  A-->B<br>\n");

        assertThat(rendered.warnings())
                .containsExactly("no syntax highlighting for language 'mermaid'; the block is shown as plain text");
        assertThat(rendered.html()).contains("<pre class=\"language-mermaid\" tabindex=\"0\"><code>"
                + "<span class=\"line\">graph TD</span>\n<span class=\"line\">  A--&gt;B&lt;br&gt;</span></code></pre>");
    }

    @Test
    void noLanguageIsPlainTextWithoutAWarning() {
        CodeBlockHtml.Rendered rendered = render("", "x\n");

        assertThat(rendered.warnings()).isEmpty();
        assertThat(rendered.html()).startsWith("<figure class=\"code-block\"><pre class=\"language-text\" tabindex=\"0\">");
    }

    @Test
    void flagsBecomeDataAttributes() {
        Element figure = figure("txt output wrap showLineNumbers", "x\n");

        assertThat(figure.hasAttr("data-output")).isTrue();
        assertThat(figure.hasAttr("data-wrap")).isTrue();
        assertThat(figure.hasAttr("data-line-numbers")).isTrue();
    }

    @Test
    void titlesAndLabelsAreEscaped() {
        String html = render("x\"y title=\"<b>&</b>\"", "x\n").html();

        assertThat(html).contains("data-language=\"x&quot;y\"")
                .contains("<figcaption class=\"code-title\">&lt;b&gt;&amp;&lt;/b&gt;</figcaption>");
    }

    @Test
    void onlyOneFinalLineEndIsDropped() {
        assertThat(figure("txt", "a\n\n").select("span.line")).hasSize(2);
        assertThat(figure("txt", "a\r\n").select("span.line")).hasSize(1);
        assertThat(figure("txt", "").select("span.line")).hasSize(1);
    }

    @Test
    void outputIsDeterministic() {
        String code = "const x = { a: 1 };\n".repeat(20);
        List<String> runs = List.of(render("js {3} collapse={5-9}", code).html(),
                CodeBlockHtml.render(CodeMeta.parse("js {3} collapse={5-9}"), code, CodeHighlighter.create()).html());
        assertThat(runs.get(0)).isEqualTo(runs.get(1));
    }

    @Test
    void escapeCoversTextAndAttributes() {
        assertThat(HtmlEscaping.escaped("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
