package dev.quire.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.quire.diag.SourceText;
import dev.quire.mdx.MdxExtension;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct writer of the Markdown copy ({@link MarkdownCopy}) gives the bytes of the flexmark
 * formatter it replaced ({@link FormatterMarkdownCopy}) for Markdown of every shape: the nodes the
 * example site and the corpus do not have (footnotes, task lists, references, HTML blocks, setext
 * headings, indented code …) and the nestings where prefixes and blank lines interact. Pages with
 * the code components need the site's component models: {@code MarkdownCopyOracleTest} covers those.
 */
class MarkdownCopyWriterTest {

    private static final MutableDataSet MDX = options(true);
    private static final MutableDataSet MD = options(false);
    private static final Parser MDX_PARSER = Parser.builder(MDX).build();
    private static final Parser MD_PARSER = Parser.builder(MD).build();
    private static final MarkdownCopy COPY = new MarkdownCopy(MDX, null);
    private static final FormatterMarkdownCopy ORACLE = new FormatterMarkdownCopy(MDX, null);

    /** The parser options of {@link MarkdownRenderer} (its HTML extension aside). */
    private static MutableDataSet options(boolean jsx) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                new AutolinkCandidates(), TaskListExtension.create(), FootnoteExtension.create(), MdxExtension.create()));
        options.set(MdxExtension.JSX, jsx);
        return options;
    }

    static final List<String> SHAPES = List.of(
            "# Title\n\nText *em* _em_ **strong** __strong__ ~~gone~~ `code` `` a`b `` and\nsoft break, hard  \nbreak and\\\nthis.\n",
            "Setext one\n===\n\nSetext two with more text\n---\n\n## Closed ##\n\n#NoSpace\n\n***\n\n- - -\n",
            "- a\n- b\n  - c\n    1. d\n    2. e\n\n- loose\n\n  second paragraph\n- tight again\n",
            "3. three\n4. four\n\n7) seven\n8) eight\n\n10. ten\n11. eleven\n",
            "- [ ] open\n- [x] done\n  - [X] nested done\n\n1. [ ] ordered task\n\n- [ ] loose task\n\n  more\n",
            "-\n- \n- after empty\n\n1.\n2. two\n",
            "- > quoted first child\n  > more\n- text\n  > quote second\n\n> outer\n> > inner\n> > inner2\n>\n> back\n\n> - list in quote\n>   - nested\n>\n> ```js\n> code in quote\n> ```\n",
            "Paragraph\n- list right after\n\nParagraph\n\n    indented code\n      more\n\n- item\n\n      code in item\n\n```\nunclosed-looking\n```\n\n~~~ python title=\"x\"\nprint(1)\n~~~\n\n````md\n```inner```\n````\n",
            "- item\n  ```js\n  last child fence\n  ```\n- next\n\n1. one\n\n   ```sh\n   npm i\n   ```\n\n   after fence\n",
            "<div class=\"x\">\n  <p>html block</p>\n</div>\n\n<!-- a comment -->\n\n<!--\nmulti\nline\n-->\n\nText with <b>inline</b> html and <!-- inline comment --> and &amp; &copy; &#123;.\n",
            "[link](/a/b#c \"title\") [angle](</a b>) ![img](/i.png \"t\") ![img2](/i.png#x) ![](<x y.png>)\n[ref] [text][ref] [text][] [ ref ] ![imgref][ref] ![imgref2]\n\n[ref]: /url \"Title\"\n[imgref2]: /img.png\n\nAfter refs.\n",
            "Autolinks <https://example.com> https://bare.example.com/x www.example.com and a@b.co and <mail@example.com>.\n",
            "Text[^1] and[^note].\n\n[^1]: First note.\n[^note]: Second note\n    with more.\n\n    Second paragraph.\n\nAfter.\n",
            "| a | b | c |\n|:--|:-:|--:|\n| `x|y` | **b** | [l](/u) |\n| 1 \\| 2 | | ![i](/i.png) |\n\n| only head |\n| --- |\n",
            "\tTabbed paragraph\n\n-\ttab item\n\n  leading spaces\n   lazy\ncontinuation\n\n> quote\nlazy\n",
            ":::note\nA note.\n:::\n\n:::caution[Custom *title*]\n- list in aside\n\n> quote in aside\n:::\n\n:::tip\n:::danger\nNested.\n:::\n:::\n\nAfter.\n",
            "- item\n\n  :::note\n  Aside in item.\n  :::\n- next\n",
            "<Tabs>\n<TabItem label=\"One\">\n\nFirst tab.\n\n</TabItem>\n<TabItem label=\"Two\">\n\n- list\n\n```js\ncode\n```\n\n</TabItem>\n</Tabs>\n\n<Details header=\"More\">\n\nHidden.\n\n</Details>\n\n<LinkCard title=\"Card\" href=\"/x/\" description=\"Desc\" />\n\n<Aside type=\"tip\" title=\"Hint\">\n\nAside text.\n\n</Aside>\n\n<Deprecated>\nOld.\n</Deprecated>\n\n<Code code=\"let a = 1;\" lang=\"js\" title=\"a.js\" />\n\n<Card title=\"A card\">\n\nCard text <Badge text=\"new\" /> inline.\n\n</Card>\n\nText {props.x} and {/* comment */} end.\n",
            "import X from '~/x';\nexport const a = 1;\n\n# Heading <Badge text=\"beta\" />\n\n- <Badge text=\"b\" /> in item\n\n| h |\n|---|\n| <Badge text=\"c\" /> |\n",
            "1. Step one\n\n   <Tabs>\n   <TabItem label=\"A\">\n\n   Inside.\n\n   </TabItem>\n   </Tabs>\n\n2. Step two\n",
            "> :::note\n> In a quote.\n> :::\n\n- > ## Heading in quote in item\n  >\n  > text\n",
            "Line one\\\nLine two  \nLine three\n\n---\n\nA | B\n--|--\n1 | 2\n");

    @Test
    void everyShapeIsWrittenAsTheFormatterWroteIt() {
        for (String shape : SHAPES) {
            assertSame(shape, MDX_PARSER);
            assertSame(shape, MD_PARSER);
        }
    }

    @Test
    void everyExampleAndCorpusFileOnItsOwnIsWrittenAsTheFormatterWroteIt() {
        List<String> samples = new ArrayList<>(MarkdownSamples.all());
        samples.removeIf(s -> s.contains("<TypeScriptExample") || s.contains("<WranglerConfig") || s.contains("<PackageManagers"));
        assertThat(samples).hasSizeGreaterThan(20);
        for (String text : samples) {
            assertSame(text, MDX_PARSER);
            assertSame(text, MD_PARSER);
        }
    }

    /** flexmark's formatter ships in the core jar, which Quire needs; only the tests use it, as the oracle. */
    @Test
    void onlyTheTestsUseFlexmarksFormatter() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark.formatter..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.quire"));
    }

    private static void assertSame(String markdown, Parser parser) {
        Document doc = parser.parse(markdown);
        new PageContext(new SourceText("content/shape.md", markdown), new PageRef("Shape", null, "/shape/", "content/shape.md", Map.of()),
                Map.of(), new ArrayList<>()).attach(doc);
        assertThat(COPY.body(doc)).as(markdown).isEqualTo(ORACLE.body(doc));
    }
}
