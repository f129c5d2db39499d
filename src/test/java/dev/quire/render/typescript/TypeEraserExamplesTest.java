package dev.quire.render.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code typescript/NAME.ts} with its expected {@code NAME.js}: the output must match byte for
 * byte, keep every line, and (when node is installed) parse as a JavaScript module.
 */
class TypeEraserExamplesTest {

    static Stream<String> examples() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ts"))
                .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(30);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void erasesToTheExpectedJavaScript(String name) throws Exception {
        String typescript = Files.readString(dir().resolve(name + ".ts"));
        String expected = Files.readString(dir().resolve(name + ".js"));

        String javascript = TypeEraser.erase(typescript);

        assertThat(javascript).isEqualTo(expected);
        assertThat(javascript.lines().count()).isEqualTo(typescript.lines().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void expectedJavaScriptParses(String name) throws Exception {
        NodeCheck.assertParses(Files.readString(dir().resolve(name + ".js")));
    }

    static Path dir() throws URISyntaxException {
        return Path.of(TypeEraserExamplesTest.class.getResource("/typescript").toURI());
    }
}
