package dev.quire.mdx;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Parses every .mdx page and partial of the real corpus: no errors but the known one, no MDX left as text. */
class CorpusParseTest {

    /** Next to the repository; a git worktree under wt/ has it one level further up. */
    private static final Path CORPUS = dev.quire.testing.Corpus.PATH;
    private static final List<String> LEFTOVERS = List.of("<Tabs", ":::", "{/*");

    @Test
    void everyCorpusFileParsesAndNothingOfTheSyntaxIsLeftAsText() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".mdx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        List<String> errors = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        for (Path file : files) {
            String path = CORPUS.relativize(file).toString().replace('\\', '/');
            String text = blankFrontMatter(Files.readString(file));
            MdxTesting.Parsed p = MdxTesting.parse(path, text, true);
            for (Diagnostic d : p.errors()) errors.add(Reporter.format(d));
            collectLeftovers(p.document(), path, leftovers);
        }
        assertThat(leftovers).isEmpty();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("""
                partials/workers/c3-post-run-steps.mdx:9:1: error: unsupported expression {(function () { switch (props.category...}
                  {(function () {
                  ^
                """);
    }

    /** What the lead's content stage does: the frontmatter block becomes blank lines. */
    static String blankFrontMatter(String text) {
        if (!text.startsWith("---")) return text;
        int close = text.indexOf("\n---", 3);
        if (close < 0) return text;
        int end = text.indexOf('\n', close + 4);
        end = end < 0 ? text.length() : end;
        return text.substring(0, end).replaceAll("[^\\r\\n]", "") + text.substring(end);
    }

    private static void collectLeftovers(Node node, String path, List<String> out) {
        for (Node k = node.getFirstChild(); k != null; k = k.getNext()) {
            if (k instanceof Text || k instanceof HtmlBlock || k instanceof HtmlInline) {
                String s = k.getChars().toString();
                boolean left = s.startsWith("import ") || LEFTOVERS.stream().anyMatch(s::contains);
                if (left) out.add(path + ": " + k.getClass().getSimpleName() + " " + s);
            }
            if (!(k instanceof com.vladsch.flexmark.ast.FencedCodeBlock) && !(k instanceof com.vladsch.flexmark.ast.Code)) {
                collectLeftovers(k, path, out);
            }
        }
    }
}
