package dev.quire.mdx;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.quire.testing.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BlockStartsTest {

    /** Markdown that starts blocks of every kind, some only almost, and lines no known block starts with. */
    private static final String TRICKY = """
            # Heading {#custom}
            Setext one
            ==========
            Setext two
            ---
            - item
            + other list
            * third list
            1. ordered
            2) paren
               10. nested
            123456789. long number
            1234567890. too long
            -not a list
            *not emphasis either*
            ***
            _ _ _
            ---x
            > quote
            >> nested
            ```js title="a.js"
            code
            ```
            ~~~
            tilde
            ~~~
            `` not a fence ``

                indented code

            <div>
            html
            </div>

            [^1]: a footnote

            [link]: /target

            | a | b |
            |---|---|
            | 1 | 2 |
            :::note[Title]
            inside
            :::
            <Tabs>
            <TabItem label="x">
            text
            </TabItem>
            </Tabs>
            {frontmatter.title}
            → arrow line
            • bullet that is not one
            \u00a0non-breaking start
            #hashtag
            =not setext
            \t- tab list
            - [ ] task
            """;

    @Test
    void theFactoriesAreFlexmarksInFlexmarksOrder() {
        for (boolean jsx : new boolean[]{true, false}) {
            DataHolder options = options(jsx);
            List<String> flexmark = new ArrayList<>();
            for (CustomBlockParserFactory f : factories(Parser.builder(options).build())) flexmark.add(f.getClass().getName());
            List<CustomBlockParserFactory> ours = factories(BlockStarts.parser(options));
            assertThat(ours).singleElement().isInstanceOf(BlockStarts.class);
            assertThat(((BlockStarts) ours.get(0)).factories()).extracting(f -> f.getClass().getName()).containsExactlyElementsOf(flexmark);
            assertThat(flexmark).contains("com.vladsch.flexmark.parser.core.ListBlockParser$Factory");
            if (jsx) assertThat(flexmark).contains(FLOW);
        }
    }

    @Test
    void parsesTheCommonMarkSpecLikeFlexmark() throws IOException {
        List<String> examples = specExamples();
        assertThat(examples).hasSizeGreaterThan(600);
        for (boolean jsx : new boolean[]{true, false}) {
            Parser flexmark = Parser.builder(options(jsx)).build();
            Parser ours = BlockStarts.parser(options(jsx));
            for (String example : examples) {
                assertThat(ast(ours.parse(example))).as("jsx=%s:\n%s", jsx, example).isEqualTo(ast(flexmark.parse(example)));
            }
        }
    }

    @Test
    void parsesLinesThatStartBlocksOrAlmostLikeFlexmark() {
        for (boolean jsx : new boolean[]{true, false}) {
            String flexmark = ast(Parser.builder(options(jsx)).build().parse(TRICKY));
            assertThat(ast(BlockStarts.parser(options(jsx)).parse(TRICKY))).isEqualTo(flexmark);
            assertThat(flexmark).contains("Heading", "BulletList", "OrderedList", "ThematicBreak", "BlockQuote",
                    "FencedCodeBlock", "IndentedCodeBlock", "HtmlBlock", "Footnote", "Reference", "TableBlock", "AsideBlock");
        }
        assertThat(ast(Parser.builder(options(true)).build().parse(TRICKY))).contains("ComponentBlock");
    }

    @Test
    void parsesTheCorpusLikeFlexmark() throws IOException {
        Assumptions.assumeTrue(Corpus.present(), "the corpus is not beside the repository");
        Parser flexmark = Parser.builder(options(true)).build();
        Parser ours = BlockStarts.parser(options(true));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Corpus.PATH)) {
            pages = files.filter(f -> f.toString().endsWith(".mdx") || f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            String text = Files.readString(page);
            assertThat(ast(ours.parse(text))).as(page.toString()).isEqualTo(ast(flexmark.parse(text)));
        }
    }

    private static final String FLOW = "dev.quire.mdx.internal.FlowBlockParser$Factory";

    private static DataHolder options(boolean jsx) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), MdxExtension.create()));
        options.set(MdxExtension.JSX, jsx);
        return options;
    }

    /** Every node with its class, offsets and details (markers, list tightness), one per line, indented by depth. */
    private static String ast(Node document) {
        StringBuilder out = new StringBuilder();
        append(document, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) append(child, depth + 1, out);
    }

    /** The Markdown of each example in the CommonMark spec (0.30), tabs restored. */
    private static List<String> specExamples() throws IOException {
        String spec;
        try (InputStream in = BlockStartsTest.class.getResourceAsStream("/spec.0.30.txt")) {
            assertThat(in).as("spec.0.30.txt from flexmark-test-specs").isNotNull();
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fence = "````````````````````````````````";
        List<String> examples = new ArrayList<>();
        int at = 0;
        while ((at = spec.indexOf(fence + " example\n", at)) >= 0) {
            int start = at + fence.length() + " example\n".length();
            int end = spec.indexOf("\n.\n", start - 1);
            examples.add(spec.substring(start, Math.max(start, end + 1)).replace('→', '\t'));
            at = spec.indexOf(fence + "\n", end) + fence.length();
        }
        return examples;
    }

    /** The block parser factories a parser asks (flexmark keeps them to itself). */
    @SuppressWarnings("unchecked")
    private static List<CustomBlockParserFactory> factories(Parser parser) {
        try {
            Field field = Parser.class.getDeclaredField("blockParserFactories");
            field.setAccessible(true);
            return (List<CustomBlockParserFactory>) field.get(parser);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
