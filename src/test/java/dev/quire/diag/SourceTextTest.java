package dev.quire.diag;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTest {

    @Test
    void lineStartIsThePositionOfTheLinesFirstOffset() {
        Random random = new Random(5);
        String chars = "ab\n\r";
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(chars.charAt(random.nextInt(chars.length())));
            for (int line = 0; line <= 8; line++) {
                Position expected = new SourceText("p.md", text.toString()).position(new SourceText("p.md", text.toString()).offset(line, 1));
                assertThat(new SourceText("p.md", text.toString()).lineStart(line)).as("line %d of %s", line, text).isEqualTo(expected);
                SourceText read = new SourceText("p.md", text.toString());
                read.lineCount();
                assertThat(read.lineStart(line)).isEqualTo(expected);
            }
        }
    }
}
