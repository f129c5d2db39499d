package dev.quire.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.formatter.MarkdownWriter;
import com.vladsch.flexmark.formatter.NodeFormatterContext;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The oracle's tables (see {@link FormatterMarkdownCopy}; Quire writes them with {@link TableCopy}): writes a GitHub table from its cells' nodes, so that text put in by partial params shows (flexmark's
 * own table formatter copies the cells' source text). Cells are not padded: tools read them as well.
 */
final class TableFormatter {

    private TableFormatter() {
    }

    static void write(TableBlock table, NodeFormatterContext context, MarkdownWriter m) {
        m.blankLine();
        boolean head = true;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) cells.add(c);
                }
                m.append("|");
                for (TableCell cell : cells) m.append(" ").append(text(cell, context)).append(" |");
                m.line();
                if (head && section instanceof TableHead) {
                    m.append("|");
                    for (TableCell cell : cells) m.append(" ").append(rule(cell)).append(" |");
                    m.line();
                }
            }
            if (section instanceof TableHead) head = false;
        }
        m.blankLine();
    }

    private static String text(TableCell cell, NodeFormatterContext context) {
        NodeFormatterContext sub = context.getSubContext();
        sub.renderChildren(cell);
        return sub.getMarkdown().toString().strip().replace("\n", " ").replace("|", "\\|").replace("\\\\|", "\\|");
    }

    private static String rule(TableCell cell) {
        if (cell.getAlignment() == null) return "---";
        return switch (cell.getAlignment()) {
            case LEFT -> ":---";
            case CENTER -> ":---:";
            case RIGHT -> "---:";
        };
    }
}
