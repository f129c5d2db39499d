package dev.quire.render;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCharsTest {

    private static final BasedSequence PAGE = BasedSequence.of("one | two\u0000three\nfour");

    @Test
    void readsAStretchOfThePageAsFlexmarkDoes() {
        for (int start = 0; start <= PAGE.length(); start++) {
            for (int end = start; end <= PAGE.length(); end++) {
                BasedSequence stretch = PAGE.subSequence(start, end);
                String flexmark = new StringBuilder().append((CharSequence) stretch).toString();
                assertThat(PageChars.string(stretch)).isEqualTo(flexmark);
                assertThat(PageChars.appendTo(new StringBuilder("before "), stretch).toString()).isEqualTo("before " + flexmark);
                assertThat(PageChars.contains(stretch, '|')).isEqualTo(flexmark.indexOf('|') >= 0);
                assertThat(PageChars.contains(stretch, 'f')).isEqualTo(flexmark.indexOf('f') >= 0);
            }
        }
        assertThat(PageChars.string(PAGE.subSequence(6, 12))).isEqualTo("two\uFFFDth");
    }
}
