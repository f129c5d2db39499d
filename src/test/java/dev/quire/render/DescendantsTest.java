package dev.quire.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DescendantsTest {

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    @Test
    void givesTheNodesFlexmarksIteratorGivesInTheSameOrder() {
        for (String text : MarkdownSamples.all()) {
            Document doc = PARSER.parse(text);
            assertThat(list(Descendants.of(doc))).containsExactlyElementsOf(list(doc.getDescendants()));
            Node first = doc.getFirstChild();
            if (first != null) assertThat(list(Descendants.of(first))).containsExactlyElementsOf(list(first.getDescendants()));
        }
    }

    @Test
    void aRootWithoutChildrenHasNone() {
        Document doc = PARSER.parse("");
        assertThat(Descendants.of(doc).iterator().hasNext()).isFalse();
        Document one = PARSER.parse("- a\n  - *b*\n\n> c\n");
        assertThat(list(Descendants.of(one))).hasSize(list(one.getDescendants()).size()).hasSizeGreaterThan(8);
    }

    private static List<Node> list(Iterable<Node> nodes) {
        List<Node> out = new ArrayList<>();
        nodes.forEach(out::add);
        return out;
    }
}
