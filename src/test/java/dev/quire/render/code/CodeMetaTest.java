package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.render.code.CodeMeta.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeMetaTest {

    private static final String OPTIONS = " (options: title, frame, mark, ins, del, collapse, showLineNumbers, wrap, output)";

    @Test
    void readsLanguageTitleMarksAndCollapse() {
        CodeMeta meta = CodeMeta.parse("bash title=\"Provider-level config\" {11-13} collapse={15-48}");

        assertThat(meta.language()).isEqualTo("bash");
        assertThat(meta.title()).isEqualTo("Provider-level config");
        assertThat(meta.marks()).containsExactly(new LineRange(11, 13));
        assertThat(meta.collapse()).containsExactly(new LineRange(15, 48));
        assertThat(meta.frame()).isEqualTo(Frame.TERMINAL);
        assertThat(meta.warnings()).isEmpty();
    }

    @Test
    void readsEveryRangeForm() {
        CodeMeta meta = CodeMeta.parse("ts {2,4-6} mark={ 8 , 10 - 11 } ins={3} del={4,5}");

        assertThat(meta.marks()).containsExactly(new LineRange(2, 2), new LineRange(4, 6), new LineRange(8, 8),
                new LineRange(10, 11));
        assertThat(meta.ins()).containsExactly(new LineRange(3, 3));
        assertThat(meta.del()).containsExactly(new LineRange(4, 4), new LineRange(5, 5));
        assertThat(meta.warnings()).isEmpty();
    }

    @Test
    void keepsTheWrittenLabelLowercased() {
        assertThat(CodeMeta.parse("JS").language()).isEqualTo("js");
        assertThat(CodeMeta.parse("javascript").language()).isEqualTo("javascript");
        assertThat(CodeMeta.parse("js{1,3}").language()).isEqualTo("js");
        assertThat(CodeMeta.parse("js{1,3}").marks()).containsExactly(new LineRange(1, 1), new LineRange(3, 3));
    }

    @Test
    void infoWithoutLanguage() {
        assertThat(CodeMeta.parse("").language()).isEmpty();
        assertThat(CodeMeta.parse(null).language()).isEmpty();
        CodeMeta meta = CodeMeta.parse("{2} title=\"x\"");
        assertThat(meta.language()).isEmpty();
        assertThat(meta.marks()).containsExactly(new LineRange(2, 2));
        assertThat(meta.title()).isEqualTo("x");
        assertThat(CodeMeta.parse("title=\"y\"").language()).isEmpty();
        assertThat(CodeMeta.parse("title=\"y\"").title()).isEqualTo("y");
    }

    @Test
    void emptyTitleIsNoTitleAndNoWarning() {
        CodeMeta meta = CodeMeta.parse("js title=\"\"");

        assertThat(meta.title()).isNull();
        assertThat(meta.warnings()).isEmpty();
    }

    @Test
    void titlesMayUseSingleQuotesAndEscapes() {
        assertThat(CodeMeta.parse("js title='a b'").title()).isEqualTo("a b");
        assertThat(CodeMeta.parse("js title=\"say \\\"hi\\\"\"").title()).isEqualTo("say \"hi\"");
        assertThat(CodeMeta.parse("js title=index.js").title()).isEqualTo("index.js");
    }

    @Test
    void legacyNullTitleSlotIsAWarningAndTheMarksStillApply() {
        CodeMeta meta = CodeMeta.parse("js null {5-8}");

        assertThat(meta.language()).isEqualTo("js");
        assertThat(meta.title()).isNull();
        assertThat(meta.marks()).containsExactly(new LineRange(5, 8));
        assertThat(meta.warnings()).containsExactly("unknown code fence option 'null' is ignored; remove it" + OPTIONS);
    }

    @Test
    void textMarkersAreWarnedAboutAndIgnored() {
        CodeMeta meta = CodeMeta.parse("js \"return true;\" ins=\"inserted\" del='deleted' /ye[sp]/");

        assertThat(meta.marks()).isEmpty();
        assertThat(meta.ins()).isEmpty();
        assertThat(meta.warnings()).containsExactly(
                "text marker \"return true;\" is not supported and is ignored; mark whole lines with {N} instead",
                "text marker ins=\"inserted\" is not supported and is ignored; mark whole lines with ins={N} instead",
                "text marker del='deleted' is not supported and is ignored; mark whole lines with del={N} instead",
                "text marker /ye[sp]/ is not supported and is ignored; mark whole lines with {N} instead");
    }

    @Test
    void knownFlags() {
        CodeMeta meta = CodeMeta.parse("js showLineNumbers wrap output");

        assertThat(meta.flags()).containsExactly("output", "showLineNumbers", "wrap");
        assertThat(meta.warnings()).isEmpty();
        assertThat(CodeMeta.parse("js wrap={false} showLineNumbers={true}").flags()).containsExactly("showLineNumbers");
        assertThat(CodeMeta.parse("js wrap=maybe").warnings())
                .containsExactly("wrap=maybe is ignored; write wrap or wrap={false}");
    }

    @Test
    void unsupportedOptionsAreWarnings() {
        assertThat(CodeMeta.parse("js playground").warnings()).containsExactly(
                "'playground' is not supported and is ignored; the block renders without a playground link");
        assertThat(CodeMeta.parse("diff lang=\"js\"").warnings())
                .containsExactly("lang=\"js\" is not supported and is ignored");
        assertThat(CodeMeta.parse("js startLineNumber=5").warnings())
                .containsExactly("unknown code fence option 'startLineNumber' is ignored; remove it" + OPTIONS);
        assertThat(CodeMeta.parse("js collapse=5").warnings())
                .containsExactly("collapse=5 is ignored; write the lines in braces, like collapse={1-5}");
    }

    @Test
    void frameIsTerminalForShellsUnlessTheMetaSaysOtherwise() {
        assertThat(CodeMeta.parse("sh").frame()).isEqualTo(Frame.TERMINAL);
        assertThat(CodeMeta.parse("powershell").frame()).isEqualTo(Frame.TERMINAL);
        assertThat(CodeMeta.parse("ts").frame()).isEqualTo(Frame.CODE);
        assertThat(CodeMeta.parse("").frame()).isEqualTo(Frame.CODE);
        assertThat(CodeMeta.parse("bash frame=\"code\"").frame()).isEqualTo(Frame.CODE);
        assertThat(CodeMeta.parse("js frame=\"terminal\"").frame()).isEqualTo(Frame.TERMINAL);
        assertThat(CodeMeta.parse("js frame=\"none\"").frame()).isEqualTo(Frame.NONE);
        assertThat(CodeMeta.parse("bash frame=\"auto\"").frame()).isEqualTo(Frame.TERMINAL);
    }

    @Test
    void unknownFrameIsAWarning() {
        CodeMeta meta = CodeMeta.parse("js frame=\"window\"");

        assertThat(meta.frame()).isEqualTo(Frame.CODE);
        assertThat(meta.warnings()).containsExactly(
                "unknown frame=\"window\" is ignored; use frame=\"code\", frame=\"terminal\" or frame=\"none\"");
    }

    @Test
    void titleWithoutFrameIsAWarning() {
        assertThat(CodeMeta.parse("js title=\"a.js\" frame=\"none\"").warnings())
                .containsExactly("title=\"a.js\" is not shown with frame=\"none\"; remove one of them");
    }

    @Test
    void badRangesAreWarningsAndTheGoodOnesStay() {
        CodeMeta meta = CodeMeta.parse("js {a,3} ins={0-3} del={6-4} collapse={} {1,,2,}");

        assertThat(meta.marks()).containsExactly(new LineRange(3, 3), new LineRange(1, 1), new LineRange(2, 2));
        assertThat(meta.ins()).isEmpty();
        assertThat(meta.del()).isEmpty();
        assertThat(meta.collapse()).isEmpty();
        assertThat(meta.warnings()).containsExactly(
                "invalid line range 'a' in {a,3} is ignored; write line numbers like {2,4-6}",
                "line range '0-3' in ins={0-3} is ignored; lines are numbered from 1",
                "line range '6-4' in del={6-4} is ignored; write it as 4-6",
                "collapse={} names no lines and is ignored");
    }

    @Test
    void hugeNumbersAreInvalidNotOverflowing() {
        assertThat(CodeMeta.parse("js {99999999999}").warnings()).containsExactly(
                "invalid line range '99999999999' in {99999999999} is ignored; write line numbers like {2,4-6}");
    }

    @Test
    void unclosedBracesAndQuotesKeepWhatTheyHold() {
        CodeMeta braces = CodeMeta.parse("js {2,4");
        assertThat(braces.marks()).containsExactly(new LineRange(2, 2), new LineRange(4, 4));
        assertThat(braces.warnings()).containsExactly("unclosed '{' in {2,4; add the closing '}'");

        CodeMeta quote = CodeMeta.parse("js title=\"abc {1}");
        assertThat(quote.title()).isEqualTo("abc {1}");
        assertThat(quote.warnings()).containsExactly("unclosed '\"' in title=\"abc {1}; add the closing '\"'");
    }

    @Test
    void listsAreImmutable() {
        CodeMeta meta = CodeMeta.parse("js {1}");
        assertThat(meta.marks()).isUnmodifiable();
        assertThat(meta.flags()).isUnmodifiable();
        assertThat(List.copyOf(meta.warnings())).isEmpty();
    }
}
