package dev.quire.render;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTextsTest {

    @Test
    void whitespaceIsCollapsedAsTheRegexDoes() {
        char[] alphabet = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'é', '“'};
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) s.append(alphabet[random.nextInt(alphabet.length)]);
            assertThat(SectionTexts.collapseWhitespace(s)).as("%s", s).isEqualTo(s.toString().replaceAll("\\s+", " "));
        }
    }
}
