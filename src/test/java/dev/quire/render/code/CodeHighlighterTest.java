package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

class CodeHighlighterTest {

    static final CodeHighlighter HIGHLIGHTER = CodeHighlighter.create();

    private static String line(String language, String code) {
        List<String> lines = HIGHLIGHTER.highlightLines(language, code);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Test
    void typescript() {
        assertThat(line("ts", "export interface Env { AI: Ai }"))
                .contains("<span class=\"token keyword\">export</span>")
                .contains("<span class=\"token keyword\">interface</span>")
                .contains("<span class=\"token class-name\">Env</span>")
                .contains("<span class=\"token punctuation\">{</span>");
        assertThat(line("typescript", "const r: Promise<Response> = fetch(url);"))
                .contains("<span class=\"token builtin\">Promise</span>")
                .contains("<span class=\"token function\">fetch</span>");
        assertThat(line("ts", "@Injectable() class A {}"))
                .contains("<span class=\"token decorator\"><span class=\"token at operator\">@</span>"
                        + "<span class=\"token function\">Injectable</span></span>");
        assertThat(line("ts", "const m = new Map<string, number>();"))
                .contains("<span class=\"token class-name\">Map<span class=\"token operator\">&lt;</span>"
                        + "<span class=\"token builtin\">string</span>");
    }

    @Test
    void javascript() {
        assertThat(line("js", "const msg = `Hi ${name}!`; // greet"))
                .contains("<span class=\"token keyword\">const</span>")
                .contains("<span class=\"token template-string\"><span class=\"token template-punctuation string\">`</span>"
                        + "<span class=\"token string\">Hi </span><span class=\"token interpolation\">"
                        + "<span class=\"token interpolation-punctuation punctuation\">${</span>name"
                        + "<span class=\"token interpolation-punctuation punctuation\">}</span></span>")
                .contains("<span class=\"token comment\">// greet</span>");
        assertThat(line("javascript", "const o = { model: \"@cf/meta\", n: 0x1F };"))
                .contains("<span class=\"token literal-property property\">model</span>")
                .contains("<span class=\"token string\">&quot;@cf/meta&quot;</span>")
                .contains("<span class=\"token number\">0x1F</span>");
        assertThat(line("js", "if (/ab+c/i.test(s)) return;"))
                .contains("<span class=\"token regex\"><span class=\"token regex-delimiter\">/</span>");
    }

    @Test
    void bash() {
        assertThat(line("bash", "curl -X POST \"https://x/$ACCOUNT_ID\" # send"))
                .contains("<span class=\"token function\">curl</span>")
                .contains("<span class=\"token string\">&quot;https://x/<span class=\"token variable\">$ACCOUNT_ID</span>"
                        + "&quot;</span>")
                .contains("<span class=\"token comment\"># send</span>");
        assertThat(line("sh", "export TOKEN=abc")).contains("<span class=\"token builtin class-name\">export</span>")
                .contains("<span class=\"token assign-left variable\">TOKEN</span>");
    }

    @Test
    void json() {
        assertThat(line("json", "{\"a\": [1, true, null]}"))
                .contains("<span class=\"token property\">&quot;a&quot;</span>")
                .contains("<span class=\"token number\">1</span>")
                .contains("<span class=\"token boolean\">true</span>")
                .contains("<span class=\"token null keyword\">null</span>");
        assertThat(line("jsonc", "{ // note")).contains("<span class=\"token comment\">// note</span>");
    }

    @Test
    void toml() {
        assertThat(HIGHLIGHTER.highlightLines("toml", "[[ai]]\nbinding = \"AI\" # x"))
                .containsExactly("<span class=\"token punctuation\">[</span><span class=\"token punctuation\">[</span>"
                                + "<span class=\"token table class-name\">ai</span><span class=\"token punctuation\">]</span>"
                                + "<span class=\"token punctuation\">]</span>",
                        "<span class=\"token key property\">binding</span> <span class=\"token punctuation\">=</span> "
                                + "<span class=\"token string\">&quot;AI&quot;</span> <span class=\"token comment\"># x</span>");
    }

    @Test
    void pythonAndYaml() {
        assertThat(line("python", "def run(x): return 'a'"))
                .contains("<span class=\"token keyword\">def</span>")
                .contains("<span class=\"token function\">run</span>")
                .contains("<span class=\"token string\">&#39;a&#39;</span>");
        assertThat(line("yml", "name: \"quire\""))
                .contains("<span class=\"token key atrule\">name</span>")
                .contains("<span class=\"token string\">&quot;quire&quot;</span>");
    }

    @Test
    void ini() {
        assertThat(HIGHLIGHTER.highlightLines("ini", "[core]\nname = \"x\""))
                .containsExactly("<span class=\"token section\"><span class=\"token punctuation\">[</span>"
                                + "<span class=\"token section-name selector\">core</span>"
                                + "<span class=\"token punctuation\">]</span></span>",
                        "<span class=\"token key attr-name\">name</span> <span class=\"token punctuation\">=</span> "
                                + "<span class=\"token value attr-value\">&quot;<span class=\"token inner-value\">x</span>"
                                + "&quot;</span>");
    }

    @Test
    void diffTokensAreCutAtEachLine() {
        assertThat(HIGHLIGHTER.highlightLines("diff", "@@ -1,2 +1,2 @@\n-a\n-b\n+c\n d"))
                .containsExactly("<span class=\"token coord\">@@ -1,2 +1,2 @@</span>",
                        "<span class=\"token deleted-sign deleted\">-a</span>",
                        "<span class=\"token deleted-sign deleted\">-b</span>",
                        "<span class=\"token inserted-sign inserted\">+c</span>",
                        "<span class=\"token unchanged\"> d</span>");
    }

    @Test
    void multiLineTokensAreClosedAndReopenedWithoutEmptySpans() {
        List<String> lines = HIGHLIGHTER.highlightLines("js", "/* a\n\nb */ x");

        assertThat(lines).containsExactly("<span class=\"token comment\">/* a</span>", "",
                "<span class=\"token comment\">b */</span> x");
    }

    @Test
    void unknownAndPlainLanguagesAreEscapedText() {
        assertThat(HIGHLIGHTER.highlightLines("mermaid", "a --> <b> & 'c'"))
                .containsExactly("a --&gt; &lt;b&gt; &amp; &#39;c&#39;");
        assertThat(HIGHLIGHTER.highlight("mermaid", "x").warning())
                .isEqualTo("no syntax highlighting for language 'mermaid'; the block is shown as plain text");
        assertThat(HIGHLIGHTER.highlight("txt", "x").warning()).isNull();
        assertThat(HIGHLIGHTER.highlight("", "x").warning()).isNull();
        assertThat(HIGHLIGHTER.highlight(null, "x").warning()).isNull();
        assertThat(HIGHLIGHTER.highlight("TS", "x").warning()).isNull();
    }

    @Test
    void everyLineEndSplitsAndAFinalOneLeavesAnEmptyLine() {
        assertThat(HIGHLIGHTER.highlightLines("txt", "a\r\nb\rc\n")).containsExactly("a", "b", "c", "");
        assertThat(HIGHLIGHTER.highlightLines("txt", "")).containsExactly("");
    }

    /** Unclosed strings, holes and generics: each block must finish in well under the bound, not hang. */
    /** Catastrophic backtracking would hang here: the timeout stops the run instead (a guard, not a speed test). */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void pathologicalInputEndsAndNeverThrows() {
        String longString = "const s = \"" + "a\\\"".repeat(20_000) + "\";\n";
        String unclosed = "let t = `" + "${x".repeat(2_000) + "\n" + "a < b ".repeat(5_000);
        for (String code : List.of(longString, unclosed)) {
            for (String language : List.of("ts", "js", "bash", "json", "toml", "python", "yaml", "diff", "ini")) {
                assertThat(text(HIGHLIGHTER.highlightLines(language, code))).as(language).isEqualTo(code);
            }
        }
    }

    @Test
    void anEmptyBlockIsNoProblem() {
        for (String language : List.of("ts", "bash", "json", "python")) {
            assertThat(HIGHLIGHTER.highlight(language, "").warning()).as(language).isNull();
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String code = "export default { async fetch(req: Request): Promise<Response> { return new Response(`ok ${1}`); } };";
        List<String> expected = HIGHLIGHTER.highlightLines("ts", code);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> HIGHLIGHTER.highlightLines(i % 2 == 0 ? "ts" : "typescript", code)))
                    .toList();
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)span[^>]*>");

    /** The text of highlighted lines, joined by {@code \n}; also checks each line's spans are balanced. */
    static String text(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String html : lines) {
            int depth = 0;
            Matcher tags = TAG.matcher(html);
            while (tags.find()) {
                depth += tags.group(1).isEmpty() ? 1 : -1;
                assertThat(depth).as("span nesting in %s", html).isNotNegative();
            }
            assertThat(depth).as("unclosed span in %s", html).isZero();
            assertThat(html.replaceAll("<[^>]*>", "")).doesNotContain("<", ">", "\"");
            if (!text.isEmpty() || html != lines.get(0)) {
                text.append('\n');
            }
            text.append(Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false));
        }
        return text.toString();
    }
}
