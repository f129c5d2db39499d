package dev.quire.template;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEscapingTest {

    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(escaping.escape("a < b && c > \"d\" 'e'")).isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;");
        assertThat(escaping.escape("")).isEmpty();
        String plain = "plain text, é — ☃ \uD83D\uDE00";
        assertThat(escaping.escape(plain)).isSameAs(plain);
    }

    /** The same string as the strategy Pebble has for {@code html}, for any text, broken surrogates included. */
    @Test
    void writesWhatPebblesOwnStrategyWrites() {
        Random random = new Random(7);
        String pool = "&<>\"'`=/;#a Zé\u00a0\u2028\n\t\u0000\u007f\u0080\uD83D\uDE00\uDE00\uD800\uFFFF";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pool.charAt(random.nextInt(pool.length())));
            }
            String s = text.toString();
            assertThat(escaping.escape(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(HtmlEscape.escapeHtml4Xml(s));
        }
    }
}
