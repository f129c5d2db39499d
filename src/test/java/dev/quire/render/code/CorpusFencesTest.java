package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code fence of the real corpus parses, highlights and round-trips its text exactly. */
class CorpusFencesTest {

    private static final Path CORPUS = dev.quire.testing.Corpus.PATH;
    private static final Pattern OPEN = Pattern.compile("^( *)(`{3,}|~{3,})(.*)$");

    record Fence(Path file, int line, String info, String code) {
    }

    @Test
    void everyCorpusFenceRoundTrips() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
        List<Fence> fences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            files.filter(p -> p.toString().endsWith(".mdx")).sorted().forEach(p -> fences.addAll(fences(p)));
        }
        assertThat(fences).hasSizeGreaterThan(150);

        TreeSet<String> metaWarnings = new TreeSet<>();
        TreeSet<String> renderWarnings = new TreeSet<>();
        for (Fence fence : fences) {
            CodeMeta meta = CodeMeta.parse(fence.info());
            metaWarnings.addAll(meta.warnings());
            List<String> lines = CodeHighlighterTest.HIGHLIGHTER.highlightLines(meta.language(), fence.code());
            assertThat(CodeHighlighterTest.text(lines)).as("%s:%d", fence.file(), fence.line()).isEqualTo(fence.code());
            renderWarnings.addAll(CodeBlockHtml.render(meta, fence.code(), CodeHighlighterTest.HIGHLIGHTER).warnings());
        }
        assertThat(metaWarnings).containsExactly("unknown code fence option 'null' is ignored; remove it (options: "
                + "title, frame, mark, ins, del, collapse, showLineNumbers, wrap, output)");
        assertThat(renderWarnings).containsExactly(
                "line 55 in collapse={16-55} is past the end of the 54-line block and is ignored",
                "lines 78-81 in {78-81} are past the end of the 28-line block and are ignored",
                "no syntax highlighting for language 'mermaid'; the block is shown as plain text");
    }

    /** Every fence of every {@code .mdx} and {@code .md} file below {@code root}, in path order. */
    static List<Fence> fencesBelow(Path root) throws IOException {
        List<Fence> fences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".mdx") || p.toString().endsWith(".md")).sorted()
                    .forEach(p -> fences.addAll(fences(p)));
        }
        return fences;
    }

    /** A simple CommonMark-ish scan: an opening fence, then lines until a bare fence at least as long. */
    static List<Fence> fences(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches() || open.group(3).contains("`")) {
                continue;
            }
            String indent = open.group(1);
            Pattern close = Pattern.compile("^ *" + Pattern.quote(open.group(2).substring(0, 1)) + "{"
                    + open.group(2).length() + ",} *$");
            StringBuilder code = new StringBuilder();
            int start = i;
            for (i++; i < lines.size() && !close.matcher(lines.get(i)).matches(); i++) {
                String line = lines.get(i);
                int cut = 0;
                while (cut < indent.length() && cut < line.length() && line.charAt(cut) == ' ') {
                    cut++;
                }
                code.append(line, cut, line.length()).append('\n');
            }
            fences.add(new Fence(file, start + 1, open.group(3).strip(), code.toString()));
        }
        return fences;
    }
}
