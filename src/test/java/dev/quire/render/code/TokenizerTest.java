package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.noties.prism4j.Prism4j;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokenizer} against prism4j, the oracle: the same token tree (types, aliases, flags, text)
 * or the same failure, for every grammar over many texts. Each text goes through every grammar,
 * not only its own, since another language's text is the cheapest source of odd input.
 */
class TokenizerTest {

    static final Grammars GRAMMARS = Grammars.load();
    static final List<String> NAMES = List.copyOf(new TreeSet<>(List.of("markup", "css", "yaml", "python", "java",
            "go", "sql", "c", "cpp", "csharp", "kotlin", "swift", "markdown", "javascript", "typescript", "json",
            "bash", "toml", "diff", "ini")));
    private static final Prism4j PRISM4J = new Prism4j(new BundledGrammarLocator());

    /** Texts that poke at the edges: empty, one character, unclosed tokens, lookbehinds at the start. */
    private static final List<String> EDGES = List.of("", " ", "\n", "x", "\"", "`", "'", "#", "/", "$", "${", "$(",
            "\"unclosed\n", "`a ${b ${c} d", "/* open", "// c\n/* x */ y", "a /re+/g.test(s)", "x = `${`${1}`}`",
            "<<EOF\nhi\nEOF\n", "cat <<-'X' a\nb\nX", "$((1 + $(echo 2)))", "echo \"$(ls \"a b\")\" 'q' $'\\n'",
            "{\"a\": [1, -2.5e3, true, null], \"b\": \"c\"} // x", "key = \"v\" # c\n[t]\n", "@@ -1 +1 @@\n-a\n+b",
            "def f(x):\n    \"\"\"doc\"\"\"\n    return x  # c", "f<T<U<V>>>(a) as Promise<Map<string, number[]>>",
            "--a=1 -b c=2 for x in y; do echo $x; done", "\\\"a\"", "\u00e9t\u00e9 = \"\u2603\" // \uD83D\uDE00",
            // where the fast paths choose positions: keywords after dots, spreads and odd characters,
            // identifiers after non-ASCII and surrogate pairs, catch after a brace, a lone class character
            "x.await a...await ...  yield\u0085await \u00e9await _await $return}catch {}\ncatch(e)",
            "#p<T>() \u0085f<T>() \uD83D\uDE00g<T>() a\u00e9b(1) =f() \u00a0h = () => 1", ";", "a",
            "ls -la /tmp; echo hi | grep -i h && cd ..", "x: 1,\n  \"k\": 2, 'q' : 3",
            "x = a / b / c; return  \n /re/g; yield /x/; (  /y/.test(s)); a.b /z/ ; f(1) / 2 /\n/ 3",
            "\uD83D\uDE00 x = /re/g; \u00e9 /a/");

    @Test
    void sameTreesAsPrism4jOnEdgeCases() {
        List<String> texts = new ArrayList<>(EDGES);
        for (String edge : EDGES) {
            texts.add(edge + "\n" + edge);
            texts.add(edge.repeat(3));
        }
        assertSameEverywhere(texts);
    }

    /** Blocks shaped like the synthetic benchmark corpus's ({@code gen_corpus.py}, {@code code_block}). */
    @Test
    void sameTreesAsPrism4jOnBenchmarkShapedBlocks() {
        assertSameEverywhere(List.of("""
                import { OrderClient } from "@acme/order";

                interface WidgetStale {
                  id: string;
                  token: number;
                  stale?: boolean;
                }

                export async function rotateWidget(client: OrderClient, id: string): Promise<WidgetStale> {
                  const res = await client.sync(id, { timeoutMs: 500 });
                  if (!res.ok) {
                    throw new Error(`sync failed: ${res.status}`);
                  }
                  return res.body as WidgetStale;
                }""", """
                # Rotate the stale widget
                export WIDGET_URL="https://order.example.test/token"
                ctl sync region --cache=cold --limit 30
                ctl status order | grep -i ready""", """
                {
                  "widget": {
                    "tokenStale": "cold",
                    "regionWarm": 4096,
                    "cacheIdle": null,
                    "limitOld": ["order", "region"]
                  },
                  "version": 3
                }""", """
                from acme import order


                def rotate_widget(client, token_id, retries=3):
                    \"\"\"Rotate the stale widget.\"\"\"
                    for attempt in range(retries):
                        result = client.sync(token_id, mode="cold")
                        if result.ok:
                            return result.value
                    raise RuntimeError("widget did not become ready")"""));
    }

    @Test
    void sameTreesAsPrism4jOnTheExampleSite() throws IOException {
        List<String> texts = codeOf(CorpusFencesTest.fencesBelow(Path.of("content")));
        assertThat(texts).hasSizeGreaterThan(20);
        assertSameEverywhere(texts);
    }

    @Test
    void sameTreesAsPrism4jOnTheCorpus() throws IOException {
        assumeTrue(dev.quire.testing.Corpus.present(), "corpus not present at " + dev.quire.testing.Corpus.PATH);
        List<String> texts = codeOf(CorpusFencesTest.fencesBelow(dev.quire.testing.Corpus.PATH));
        assertThat(texts).hasSizeGreaterThan(150);
        assertSameEverywhere(texts);
    }

    /** Random slices of the example site's code: tokens cut open at either end. */
    @Test
    void sameTreesAsPrism4jOnSlices() throws IOException {
        List<String> code = codeOf(CorpusFencesTest.fencesBelow(Path.of("content")));
        Random random = new Random(42);
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = code.get(random.nextInt(code.size()));
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            slices.add(text.substring(from, to));
        }
        assertSameEverywhere(slices);
    }

    @Test
    void failuresAreTheSameAsPrism4js() {
        // A greedy lookbehind pattern whose group 1 sits in an alternative that did not match (the
        // greedy path is taken only when the text is already cut, here by "x").
        Prism4j.Grammar grammar = Prism4j.grammar("g", Prism4j.token("u", Prism4j.pattern(
                java.util.regex.Pattern.compile("x"))), Prism4j.token("t", Prism4j.pattern(
                java.util.regex.Pattern.compile("(a)b|c"), true, true)));
        // An empty match repeats until there are more nodes than characters.
        Prism4j.Grammar empty = Prism4j.grammar("e", Prism4j.token("t", Prism4j.pattern(
                java.util.regex.Pattern.compile("(?=b)"))));
        for (Prism4j.Grammar g : List.of(grammar, empty)) {
            for (String text : List.of("xc", "c x ab", "ab", "xab c", "bbb", "abab", "")) {
                assertThat(mine(g, text)).as("%s on %s", g.name(), text).isEqualTo(oracle(g, text));
            }
        }
        assertThat(mine(grammar, "c x")).startsWith("failed: NullPointerException");
        assertThat(mine(empty, "abc")).startsWith("failed: RuntimeException");
    }

    private static List<String> codeOf(List<CorpusFencesTest.Fence> fences) {
        return fences.stream().map(CorpusFencesTest.Fence::code).toList();
    }

    static void assertSameEverywhere(List<String> texts) {
        for (String name : NAMES) {
            Prism4j.Grammar grammar = GRAMMARS.source(name);
            assertThat(grammar).as(name).isNotNull();
            for (String text : texts) {
                assertThat(mine(GRAMMARS, name, text)).as("%s on %s", name, text).isEqualTo(oracle(grammar, text));
            }
        }
    }

    static String oracle(Prism4j.Grammar grammar, String text) {
        try {
            return tree(PRISM4J.tokenize(text, grammar));
        } catch (RuntimeException | StackOverflowError e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    static String mine(Grammars grammars, String name, String text) {
        try {
            return tree(grammars.tokenizer().tokenize(text, grammars.find(name)));
        } catch (RuntimeException | StackOverflowError e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    private static String mine(Prism4j.Grammar grammar, String text) {
        CompiledGrammar.Compiler compiler = new CompiledGrammar.Compiler();
        CompiledGrammar compiled = compiler.compile(grammar);
        try {
            return tree(new Tokenizer(compiler.slotCount()).tokenize(text, compiled));
        } catch (RuntimeException | StackOverflowError e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    /** Everything a token tree says, one node per line, children indented. */
    static String tree(List<? extends Prism4j.Node> nodes) {
        StringBuilder out = new StringBuilder();
        tree(nodes, "", out);
        return out.toString();
    }

    private static void tree(List<? extends Prism4j.Node> nodes, String indent, StringBuilder out) {
        for (Prism4j.Node node : nodes) {
            if (node instanceof Prism4j.Syntax syntax) {
                out.append(indent).append(syntax.type()).append(" alias=").append(syntax.alias())
                        .append(" greedy=").append(syntax.greedy()).append(" tokenized=").append(syntax.tokenized())
                        .append(" length=").append(syntax.textLength()).append(' ')
                        .append(escape(syntax.matchedString())).append('\n');
                tree(syntax.children(), indent + "  ", out);
            } else {
                Prism4j.Text text = (Prism4j.Text) node;
                out.append(indent).append("text length=").append(text.textLength()).append(' ')
                        .append(escape(text.literal())).append('\n');
            }
        }
    }

    private static String escape(String text) {
        return "[" + text.replace("\\", "\\\\").replace("\n", "\\n") + "]";
    }
}
