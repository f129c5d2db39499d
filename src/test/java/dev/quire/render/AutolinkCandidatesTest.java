package dev.quire.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AutolinkCandidates} finds the links flexmark's autolink extension finds, and skips text that holds none. */
class AutolinkCandidatesTest {

    private static final String LINKS = """
            Visit https://example.com/a?b=c, www.example.org or write to team@example.com.
            Entities: https&#58;//example.net and team&#64;example.com; ftp://files.example.com/x
            A scheme alone: https:// and an escaped www\\.example.com; WWW.EXAMPLE.COM stays text.
            Escaped slashes: https:\\/\\/escaped.example.com and https:&#47;&#47;entity.example.com; at 10:30: note.
            | table | https://in.example.com/cell |
            |---|---|
            | `https://code.example.com` | [linked](https://x.example.com) |
            """;

    @Test
    void findsTheSameLinksAsFlexmark() {
        assertThat(html(LINKS, new AutolinkCandidates())).isEqualTo(html(LINKS, AutolinkExtension.create()))
                .contains("<a href=\"https://example.com/a?b=c\">", "<a href=\"mailto:team@example.com\">");
    }

    @Test
    void everyPageOfTheExampleSiteAndTheCorpusGivesTheSameHtml() {
        for (String text : MarkdownSamples.all()) {
            assertThat(html(text, new AutolinkCandidates())).isEqualTo(html(text, AutolinkExtension.create()));
        }
    }

    @Test
    void textWithoutColonAtSignEntityOrWwwCannotHoldALink() {
        assertThat(AutolinkCandidates.mayHoldLink("plain words, a dot. and example.com")).isFalse();
        assertThat(AutolinkCandidates.mayHoldLink("http:")).isTrue();
        assertThat(AutolinkCandidates.mayHoldLink("http://x")).isTrue();
        assertThat(AutolinkCandidates.mayHoldLink("http:\\/\\/x")).isTrue();
        assertThat(AutolinkCandidates.mayHoldLink("Note: the time is 10:30")).isFalse();
        assertThat(AutolinkCandidates.mayHoldLink("a@b")).isTrue();
        assertThat(AutolinkCandidates.mayHoldLink("&#58;")).isTrue();
        assertThat(AutolinkCandidates.mayHoldLink("Www.x")).isTrue();
    }

    private static String html(String text, Extension autolinks) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(text));
    }
}
