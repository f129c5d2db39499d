package dev.quire.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockQuoteLike;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.AsideBlock;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.EsmBlock;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxExpression;
import dev.quire.partial.PartialBlock;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one parsed page back as Markdown in a single walk of its nodes: CommonMark and GitHub nodes
 * as they were written (text, links and code exactly as in the source; lists renumbered, quotes
 * with {@code > }, headings, code fences and blocks separated by one blank line), tables through
 * {@link TableCopy}, MDX nodes through {@link MdxCopy}. The layout follows flexmark's Markdown
 * formatter with its default options, which made these copies before; one writer per page.
 */
final class MarkdownCopyWriter {

    /** What is written for a node, by its exact class (a subclass, like any other node, is written as {@link #other}). */
    private enum Kind {
        DOCUMENT, CHILDREN, CHARS, NOTHING, PARAGRAPH, HEADING, BLOCK_QUOTE, LIST, LIST_ITEM, TASK_ITEM,
        FENCED_CODE, INDENTED_CODE, THEMATIC_BREAK, HTML_BLOCK, HTML_COMMENT_BLOCK, HTML_INNER_BLOCK,
        HTML_INNER_COMMENT, HTML_INLINE_COMMENT, CODE, EMPHASIS, LINK, IMAGE, LINK_REF, IMAGE_REF, REFERENCE,
        FOOTNOTE, FOOTNOTE_BLOCK, TABLE, COMPONENT_BLOCK, COMPONENT_INLINE, ASIDE, OTHER
    }

    private static final Map<Class<?>, Kind> KINDS = kinds();

    private static Map<Class<?>, Kind> kinds() {
        Map<Class<?>, Kind> kinds = new IdentityHashMap<>();
        kinds.put(Document.class, Kind.DOCUMENT);
        for (Class<?> c : List.of(Text.class, HtmlEntity.class, HtmlInline.class, AutoLink.class, MailLink.class,
                SoftLineBreak.class, HardLineBreak.class)) kinds.put(c, Kind.CHARS);
        kinds.put(TextBase.class, Kind.CHILDREN);
        kinds.put(PartialBlock.class, Kind.CHILDREN);
        kinds.put(MdxExpression.class, Kind.NOTHING);
        kinds.put(EsmBlock.class, Kind.NOTHING);
        kinds.put(MdxComment.class, Kind.NOTHING);
        kinds.put(Paragraph.class, Kind.PARAGRAPH);
        kinds.put(Heading.class, Kind.HEADING);
        kinds.put(BlockQuote.class, Kind.BLOCK_QUOTE);
        kinds.put(BulletList.class, Kind.LIST);
        kinds.put(OrderedList.class, Kind.LIST);
        kinds.put(BulletListItem.class, Kind.LIST_ITEM);
        kinds.put(OrderedListItem.class, Kind.LIST_ITEM);
        kinds.put(TaskListItem.class, Kind.TASK_ITEM);
        kinds.put(FencedCodeBlock.class, Kind.FENCED_CODE);
        kinds.put(IndentedCodeBlock.class, Kind.INDENTED_CODE);
        kinds.put(ThematicBreak.class, Kind.THEMATIC_BREAK);
        kinds.put(HtmlBlock.class, Kind.HTML_BLOCK);
        kinds.put(HtmlCommentBlock.class, Kind.HTML_COMMENT_BLOCK);
        kinds.put(HtmlInnerBlock.class, Kind.HTML_INNER_BLOCK);
        kinds.put(HtmlInnerBlockComment.class, Kind.HTML_INNER_COMMENT);
        kinds.put(HtmlInlineComment.class, Kind.HTML_INLINE_COMMENT);
        kinds.put(Code.class, Kind.CODE);
        kinds.put(Emphasis.class, Kind.EMPHASIS);
        kinds.put(StrongEmphasis.class, Kind.EMPHASIS);
        kinds.put(Link.class, Kind.LINK);
        kinds.put(Image.class, Kind.IMAGE);
        kinds.put(LinkRef.class, Kind.LINK_REF);
        kinds.put(ImageRef.class, Kind.IMAGE_REF);
        kinds.put(Reference.class, Kind.REFERENCE);
        kinds.put(Footnote.class, Kind.FOOTNOTE);
        kinds.put(FootnoteBlock.class, Kind.FOOTNOTE_BLOCK);
        kinds.put(TableBlock.class, Kind.TABLE);
        kinds.put(ComponentBlock.class, Kind.COMPONENT_BLOCK);
        kinds.put(ComponentInline.class, Kind.COMPONENT_INLINE);
        kinds.put(AsideBlock.class, Kind.ASIDE);
        return kinds;
    }

    private final ListOptions listOptions;
    private final int setextMarkerLength;
    private final String codeIndent;
    private final MdxCopy mdx;
    private MarkdownLines out = new MarkdownLines();
    /** Rendering the first child of a list item (a quote there starts on the marker's line). */
    private boolean firstItemChild;
    /** The number of the next item of the ordered list being written. */
    private int itemNumber;

    MarkdownCopyWriter(ListOptions listOptions, int setextMarkerLength, MdxCopy mdx) {
        this.listOptions = listOptions;
        this.setextMarkerLength = setextMarkerLength;
        this.codeIndent = " ".repeat(listOptions.getCodeIndent());
        this.mdx = mdx;
    }

    /** The Markdown of {@code doc}. */
    String write(Document doc) {
        render(doc);
        return out.toString();
    }

    MarkdownLines out() {
        return out;
    }

    /** The text {@code node}'s children make on their own (a table cell's). */
    String textOf(Node node) {
        MarkdownLines saved = out;
        out = new MarkdownLines();
        try {
            renderChildren(node);
            return out.text();
        } finally {
            out = saved;
        }
    }

    void renderChildren(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            render(node);
            node = next;
        }
    }

    void render(Node node) {
        switch (KINDS.getOrDefault(node.getClass(), Kind.OTHER)) {
            case DOCUMENT, CHILDREN -> renderChildren(node);
            case CHARS -> out.append(node.getChars());
            case NOTHING -> { }
            case PARAGRAPH -> paragraph((Paragraph) node);
            case HEADING -> heading((Heading) node);
            case BLOCK_QUOTE -> blockQuote((BlockQuote) node);
            case LIST -> list((ListBlock) node);
            case LIST_ITEM -> listItem((ListItem) node, ((ListItem) node).getMarkerSuffix());
            case TASK_ITEM -> taskItem((TaskListItem) node);
            case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
            case INDENTED_CODE -> indentedCode((IndentedCodeBlock) node);
            case THEMATIC_BREAK -> {
                out.blankLine();
                out.append(node.getChars());
                tailBlankLine(node);
            }
            case HTML_BLOCK -> htmlBlock((HtmlBlock) node);
            case HTML_COMMENT_BLOCK -> out.append("<!--").append(commentText(node)).append("-->").append('\n');
            case HTML_INNER_BLOCK -> html((HtmlBlockBase) node);
            case HTML_INNER_COMMENT, HTML_INLINE_COMMENT -> out.append("<!--").append(commentText(node)).append("-->");
            case CODE -> {
                Code code = (Code) node;
                out.append(code.getOpeningMarker()).append(code.getText()).append(code.getClosingMarker());
            }
            case EMPHASIS -> {
                BasedSequence marker = ((com.vladsch.flexmark.ast.DelimitedNodeImpl) node).getOpeningMarker();
                out.append(marker);
                renderChildren(node);
                out.append(marker);
            }
            case LINK -> link((Link) node);
            case IMAGE -> image((Image) node);
            case LINK_REF -> linkRef((LinkRef) node);
            case IMAGE_REF -> imageRef((ImageRef) node);
            case REFERENCE -> {
                out.append(node.getChars()).line();
                out.line();
                if (node.getNext() == null || node.getNext().getClass() != node.getClass()) out.blankLine();
            }
            case FOOTNOTE -> out.append("[^").append(((Footnote) node).getText()).append("]");
            case FOOTNOTE_BLOCK -> footnoteBlock((FootnoteBlock) node);
            case TABLE -> TableCopy.write((TableBlock) node, this);
            case COMPONENT_BLOCK -> mdx.block((ComponentBlock) node, this);
            case COMPONENT_INLINE -> mdx.inline((ComponentInline) node, this);
            case ASIDE -> mdx.aside((AsideBlock) node, this);
            case OTHER -> other(node);
        }
    }

    /** A node nothing above knows: a block as its markers around its children, anything else as its source text. */
    private void other(Node node) {
        BasedSequence chars = node.getChars();
        if (node instanceof Block block) {
            BasedSequence content = block.getContentChars();
            if (chars.isNotNull()) {
                BasedSequence prefix = chars.prefixOf(content);
                if (!prefix.isEmpty()) out.append(prefix);
            }
            renderChildren(node);
            if (chars.isNotNull()) {
                BasedSequence suffix = chars.suffixOf(content);
                if (!suffix.isEmpty()) out.append(suffix);
            }
        } else {
            out.append(chars);
        }
    }

    /**
     * A blank line after a block; when the block ends a quote (or quotes), the blank line has no
     * {@code >} of those quotes.
     */
    void tailBlankLine(Node node) {
        String prefix = out.prefix();
        String replaced = prefix;
        while (node != null && node.getNext() == null) {
            Node parent = node.getParent();
            if (parent == null || parent instanceof Document) break;
            if (parent instanceof BlockQuoteLike) {
                int pos = replaced.lastIndexOf('>');
                if (pos >= 0) replaced = replaced.substring(0, pos) + ' ' + replaced.substring(pos + 1);
            }
            node = parent;
        }
        out.blankLine(replaced);
    }

    private void paragraph(Paragraph node) {
        Node parent = node.getParent();
        if (parent instanceof ParagraphItemContainer container) {
            if (container.isItemParagraph(node) && container.isParagraphWrappingDisabled(node, listOptions, node.getDocument())) {
                paragraphLines(node);
            } else if (container.isItemParagraph(node)) {
                paragraphLines(node);
                tailBlankLine(node);
            } else {
                out.blankLine();
                paragraphLines(node);
                tailBlankLine(node);
            }
        } else if (!node.isTrailingBlankLine() && (node.getNext() == null || node.getNext() instanceof ListBlock)) {
            paragraphLines(node);
        } else {
            out.blankLine();
            paragraphLines(node);
            tailBlankLine(node);
        }
    }

    private void paragraphLines(Paragraph node) {
        renderChildren(node);
        out.line();
    }

    private void heading(Heading node) {
        out.blankLine();
        if (node.isAtxHeading()) {
            out.append(node.getOpeningMarker()).append(' ');
            renderChildren(node);
            if (node.getClosingMarker().isNotNull()) out.append(' ').append(node.getClosingMarker());
        } else {
            renderChildren(node);
            out.line();
            out.append(String.valueOf(node.getClosingMarker().charAt(0)).repeat(Math.max(out.lastTextLength(), setextMarkerLength)));
        }
        tailBlankLine(node);
    }

    private void blockQuote(BlockQuote node) {
        String marker = node.getOpeningMarker().toString().trim() + " ";
        String outer = out.prefix();
        String combined = outer.endsWith(" ") && outer.length() >= 2 && outer.charAt(outer.length() - 2) == '>'
                ? outer.substring(0, outer.length() - 1) + marker : outer + marker;
        out.pushPrefix();
        if (!firstItemChild) {
            out.blankLine();
            out.setPrefix(combined, false);
        } else {
            out.appendKeepingSpaces(marker);
            out.setPrefix(combined, true);
        }
        int lines = out.lineCountWithPending();
        renderChildren(node);
        out.popPrefix(false);
        if (lines < out.lineCountWithPending() && !firstItemChild) tailBlankLine(node);
    }

    private void list(ListBlock node) {
        int savedNumber = itemNumber;
        itemNumber = node instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
        renderChildren(node);
        itemNumber = savedNumber;
        if (!node.isOrDescendantOfType(ListItem.class)) tailBlankLine(node);
    }

    private void taskItem(TaskListItem node) {
        BasedSequence suffix = node.getMarkerSuffix();
        listItem(node, suffix.isEmpty() ? suffix : suffix.toString() + " ");
    }

    private void listItem(ListItem node, CharSequence markerSuffix) {
        boolean savedFirstItemChild = firstItemChild;
        CharSequence marker = node.getOpeningMarker();
        if (node.isOrderedItem()) {
            char delimiter = marker.charAt(marker.length() - 1);
            marker = String.valueOf(itemNumber++) + delimiter;
        }
        String childPrefix = " ".repeat(marker.length() + (listOptions.isItemContentAfterSuffix() ? markerSuffix.length() : 0) + 1);
        out.appendKeepingSpaces(marker).appendKeepingSpaces(" ").appendKeepingSpaces(markerSuffix);
        out.pushPrefix();
        out.addPrefix(childPrefix, true);
        Node child = node.getFirstChild();
        if (child != null) {
            out.pushPrefix();
            firstItemChild = true;
            render(child);
            firstItemChild = false;
            out.popPrefix(false);
            for (child = child.getNext(); child != null; child = child.getNext()) render(child);
        } else if (node.isLoose()) {
            tailBlankLine(node);
        } else if (!savedFirstItemChild) {
            out.line();
        }
        out.popPrefix(false);
        firstItemChild = savedFirstItemChild;
    }

    private void fencedCode(FencedCodeBlock node) {
        out.blankLine();
        BasedSequence opening = node.getOpeningMarker();
        String fence = String.valueOf(opening.charAt(0)).repeat(Math.max(opening.length(), 3));
        out.append(fence).append(node.getInfo()).line();
        out.openPreFormatted();
        code(node.getContentLines(), node.getContentChars());
        out.closePreFormatted();
        out.line().append(fence).line();
        if (!(node.getParent() instanceof ListItem) || !lastOfItem(node)) tailBlankLine(node);
    }

    /** Nothing but comments follows {@code node} in its parent. */
    private static boolean lastOfItem(Node node) {
        return node.getNextAnyNot(HtmlCommentBlock.class, HtmlInnerBlockComment.class, HtmlInlineComment.class) == null;
    }

    private void indentedCode(IndentedCodeBlock node) {
        out.blankLine();
        out.pushPrefix();
        out.addPrefix(codeIndent);
        out.openPreFormatted();
        code(node.getContentLines(), node.getContentChars());
        out.closePreFormatted();
        out.popPrefix(true);
        tailBlankLine(node);
    }

    /** Code lines with the indentation they all share taken off. */
    private void code(List<BasedSequence> lines, BasedSequence content) {
        int[] lead = new int[lines.size()];
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < lead.length; i++) {
            lead[i] = lines.get(i).countLeadingColumns(0, CharPredicate.SPACE_TAB);
            min = Math.min(min, lead[i]);
        }
        if (min > 0) {
            for (int i = 0; i < lead.length; i++) {
                if (lead[i] > min) out.append(" ".repeat(lead[i] - min));
                out.append(lines.get(i).trimStart());
            }
        } else {
            out.append(content);
        }
    }

    private void htmlBlock(HtmlBlock node) {
        if (node.hasChildren()) {
            renderChildren(node);
        } else {
            out.blankLine();
            html(node);
            tailBlankLine(node);
        }
    }

    private void html(HtmlBlockBase node) {
        out.openPreFormatted();
        if (node.getSpanningChars().equals(node.getChars())) {
            for (BasedSequence line : node.getContentLines()) out.append(line);
        } else {
            out.append(node.getChars());
        }
        out.line();
        out.closePreFormatted();
    }

    private static BasedSequence commentText(Node node) {
        return node.getChars().trim().midSequence(4, -3);
    }

    private void link(Link node) {
        out.append(node.getTextOpeningMarker());
        renderChildren(node);
        out.append(node.getTextClosingMarker());
        out.append(node.getLinkOpeningMarker());
        out.append(node.getUrlOpeningMarker());
        out.append(node.getPageRef());
        out.append(node.getAnchorMarker());
        if (node.getAnchorRef().isNotNull()) out.append(node.getAnchorRef());
        out.append(node.getUrlClosingMarker());
        title(node.getTitleOpeningMarker(), node.getTitle(), node.getTitleClosingMarker());
        out.append(node.getLinkClosingMarker());
    }

    /** An image as flexmark's formatter writes it: its URL without the anchor, the {@code <} of a bracketed URL twice. */
    private void image(Image node) {
        out.append(node.getTextOpeningMarker());
        renderChildren(node);
        out.append(node.getTextClosingMarker());
        out.append(node.getLinkOpeningMarker());
        out.append(node.getUrlOpeningMarker());
        out.append(node.getUrlOpeningMarker());
        out.append(node.getPageRef());
        out.append(node.getUrlClosingMarker());
        if (!node.getUrlContent().isEmpty()) {
            out.openPreFormatted();
            out.appendKeepingSpaces(node.getUrlContent());
            out.closePreFormatted();
            out.append('\u2028');
        }
        title(node.getTitleOpeningMarker(), node.getTitle(), node.getTitleClosingMarker());
        out.append(node.getLinkClosingMarker());
    }

    private void title(BasedSequence opening, BasedSequence title, BasedSequence closing) {
        if (opening.isNotNull()) {
            out.append(' ').append(opening);
            if (title.isNotNull()) out.append(title);
            out.append(closing);
        }
    }

    private void linkRef(LinkRef node) {
        if (node.isReferenceTextCombined()) {
            out.append(node.getReferenceOpeningMarker());
            spaceBetween(node.getReferenceOpeningMarker(), node.getReference());
            out.append(node.getReference());
            out.append(node.getReferenceClosingMarker());
            out.append(node.getTextOpeningMarker());
            out.append(node.getTextClosingMarker());
        } else {
            out.append(node.getTextOpeningMarker());
            renderChildren(node);
            out.append(node.getTextClosingMarker());
            out.append(node.getReferenceOpeningMarker());
            spaceBetween(node.getReferenceOpeningMarker(), node.getReference());
            out.append(node.getReference());
            out.append(node.getReferenceClosingMarker());
        }
    }

    private void imageRef(ImageRef node) {
        if (node.isReferenceTextCombined()) {
            out.append(node.getReferenceOpeningMarker());
            out.append(node.getReference());
            out.append(node.getReferenceClosingMarker());
            out.append(node.getTextOpeningMarker());
            out.append(node.getTextClosingMarker());
        } else {
            out.append(node.getTextOpeningMarker());
            out.append(node.getText());
            out.append(node.getTextClosingMarker());
            out.append(node.getReferenceOpeningMarker());
            out.append(node.getReference());
            out.append(node.getReferenceClosingMarker());
        }
    }

    /** The blank source text between two parts of a node, kept as written. */
    private void spaceBetween(BasedSequence prev, BasedSequence next) {
        if (prev.getEndOffset() <= next.getStartOffset()) {
            BasedSequence between = prev.baseSubSequence(prev.getEndOffset(), next.getStartOffset());
            if (!between.isEmpty() && between.isBlank()) out.appendKeepingSpaces(between);
        }
    }

    private void footnoteBlock(FootnoteBlock node) {
        out.blankLine().append("[^").append(node.getText()).append("]: ");
        out.pushPrefix();
        out.addPrefix("    ");
        renderChildren(node);
        out.popPrefix(false);
        out.blankLine();
        if (node.getNext() == null || node.getNext().getClass() != node.getClass()) out.blankLine();
    }
}
