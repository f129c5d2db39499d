package dev.quire.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Writes a GitHub table of a page's Markdown copy from its cells' nodes, so that text put in by
 * partial params shows (the cells' source text would not have it). Cells are not padded: tools read
 * them as well.
 */
final class TableCopy {

    private TableCopy() {
    }

    static void write(TableBlock table, MarkdownCopyWriter w) {
        MarkdownLines m = w.out();
        m.blankLine();
        boolean head = true;
        StringBuilder rule = new StringBuilder();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                m.append("|");
                rule.setLength(0);
                rule.append('|');
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell c)) continue;
                    m.append(" ").append(text(c, w)).append(" |");
                    rule.append(' ').append(rule(c)).append(" |");
                }
                m.line();
                if (head && section instanceof TableHead) m.append(rule).line();
            }
            if (section instanceof TableHead) head = false;
        }
        m.blankLine();
    }

    private static String text(TableCell cell, MarkdownCopyWriter w) {
        return w.textOf(cell).strip().replace("\n", " ").replace("|", "\\|").replace("\\\\|", "\\|");
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
