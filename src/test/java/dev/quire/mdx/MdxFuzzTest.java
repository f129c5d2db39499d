package dev.quire.mdx;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing never throws, ends, and keeps every diagnostic inside the text, in both modes. Under
 * {@code mvn verify} this replays the seeds in {@code MdxFuzzTestInputs/parse/}; run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=MdxFuzzTest} to fuzz for real.
 */
class MdxFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(FuzzedDataProvider data) {
        boolean jsx = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        if (text.length() > 4000) text = text.substring(0, 4000);
        MdxTesting.Parsed parsed = MdxTesting.parse("fuzz.mdx", text, jsx);
        SourceText src = parsed.source();
        for (Diagnostic d : parsed.errors()) {
            assertThat(d.position().line()).isBetween(1, src.lineCount());
            assertThat(d.position().column()).isBetween(1, src.line(d.position().line()).length() + 1);
            assertThat(d.excerpt()).isNotNull();
        }
        MdxExtension.info(parsed.document());
    }
}
