package dev.quire.mdx;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of {@code src/test/resources/mdx-spec/*.md}. An example is
 * <pre>
 * ```````````````````````````````` example[(md|crlf)] Name
 * input
 * .
 * expected AST dump
 * .
 * expected diagnostics, verbatim (empty when none)
 * ````````````````````````````````
 * </pre>
 * Run with {@code -Dgolden.update=true} to rewrite the expectations from what the parser does now.
 */
class MdxSpecTest {

    static final String FENCE = "````````````````````````````````";
    private static final Path DIR = Path.of("src/test/resources/mdx-spec");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (UPDATE) SpecFile.read(file).rewrite(MdxSpecTest::actual);
                SpecFile spec = SpecFile.read(file);
                for (SpecFile.Example ex : spec.examples()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + ex.name(), () -> {
                        SpecFile.Example got = actual(ex);
                        assertThat(got.ast()).as("AST of " + ex.name()).isEqualTo(ex.ast());
                        assertThat(got.errors()).as("errors of " + ex.name()).isEqualTo(ex.errors());
                    }));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    static SpecFile.Example actual(SpecFile.Example ex) {
        String input = ex.options().contains("crlf") ? ex.input().replace("\n", "\r\n") : ex.input();
        MdxTesting.Parsed p = MdxTesting.parse("page.mdx", input, !ex.options().contains("md"));
        StringBuilder errors = new StringBuilder();
        for (Diagnostic d : p.errors()) errors.append(Reporter.format(d));
        return new SpecFile.Example(ex.name(), ex.options(), ex.input(), AstDump.of(p.document(), p.source()),
                errors.toString());
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
