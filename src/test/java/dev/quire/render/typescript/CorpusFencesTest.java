package dev.quire.render.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ts}/{@code typescript} fence of the real content Quire must build: each is erased to
 * JavaScript that keeps its lines and parses (when node is installed), or refused with a clean error.
 * Skipped when the corpus is not on this machine.
 */
class CorpusFencesTest {

    private static final Path CORPUS = dev.quire.testing.Corpus.PATH;
    private static final Pattern OPENING = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(ts|typescript)(\\s.*)?$");

    record Fence(String place, String code) {
        @Override
        public String toString() {
            return place;
        }
    }

    static Stream<Fence> fences() throws IOException {
        if (!Files.isDirectory(CORPUS)) return Stream.of(new Fence("corpus absent", null));
        List<Fence> fences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            files.filter(p -> p.toString().endsWith(".mdx")).sorted().forEach(p -> fences.addAll(read(p)));
        }
        assertThat(fences).isNotEmpty();
        return fences.stream();
    }

    private static List<Fence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = OPENING.matcher(lines.get(i));
            if (!m.matches()) continue;
            String indent = m.group(1);
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().startsWith(m.group(2))) {
                String line = lines.get(j++);
                code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
            }
            fences.add(new Fence(CORPUS.relativize(file) + ":" + (i + 1), code.toString()));
            i = j;
        }
        return fences;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fences")
    void erasesOrRefusesCleanly(Fence fence) throws Exception {
        assumeTrue(fence.code() != null, "corpus not found at " + CORPUS);
        String javascript;
        try {
            javascript = TypeEraser.erase(fence.code());
        } catch (TypeEraseException e) {
            assertThat(e.line()).isBetween(1, (int) fence.code().lines().count() + 1);
            assertThat(e.getMessage()).startsWith("cannot ");
            return;
        }
        assertThat(javascript.lines().count()).isEqualTo(fence.code().lines().count());
        NodeCheck.assertParses(javascript);
    }
}
