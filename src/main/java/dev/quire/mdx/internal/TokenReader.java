package dev.quire.mdx.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.mdx.ComponentBlock;
import dev.quire.mdx.ComponentInline;
import dev.quire.mdx.ConstRef;
import dev.quire.mdx.MdxComment;
import dev.quire.mdx.MdxExpression;
import dev.quire.mdx.PropRef;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns one MDX token of a text into a node: a component tag (block or inline flavour), a closing-tag
 * marker, or a {@code {…}} expression, comment or string literal. Works on a block's whole document
 * text or on a paragraph's inline input alike; problems go to the given list.
 */
final class TokenReader {

    /** The node read and the index just after it. */
    record Token(Node node, int end) {
    }

    private static final Pattern PROP_REF = Pattern.compile("props\\.([A-Za-z_$][\\w$]*)");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final BasedSequence seq;
    private final JsScanner scan;
    private final TagReader tags;
    private final boolean block;
    private final List<Problem> problems;

    TokenReader(BasedSequence seq, boolean block, List<Problem> problems) {
        this.seq = seq;
        this.scan = new JsScanner(seq, seq.length());
        IntUnaryOperator offsets = i -> i >= seq.length() ? seq.getEndOffset() : Math.max(0, seq.getIndexOffset(i));
        this.tags = new TagReader(scan, offsets);
        this.block = block;
        this.problems = problems;
    }

    JsScanner scanner() {
        return scan;
    }

    /** True when a token this reader handles starts at i. */
    boolean startsToken(int i) {
        return scan.at(i) == '{' || tags.startsTag(i);
    }

    /** The token at i, or null when it does not end (its problem, if any, is then recorded). */
    Token read(int i, boolean reportUnterminated) {
        return scan.at(i) == '{' ? expression(i, reportUnterminated) : tag(i, reportUnterminated);
    }

    private Token tag(int i, boolean reportUnterminated) {
        TagReader.Result r = tags.read(i);
        if (r.tag() == null) {
            if (reportUnterminated) problems.add(r.unterminated());
            return null;
        }
        TagToken t = r.tag();
        problems.addAll(t.problems());
        BasedSequence chars = seq.subSequence(i, t.endIndex());
        Node node = switch (t.kind()) {
            case CLOSE -> new ClosingTag(chars, t.name());
            case OPEN, SELF_CLOSING -> block
                    ? new ComponentBlock(chars, t.name(), t.nameOffset(), t.props(), t.kind() == TagToken.Kind.SELF_CLOSING)
                    : new ComponentInline(chars, t.name(), t.nameOffset(), t.props(), t.kind() == TagToken.Kind.SELF_CLOSING);
        };
        return new Token(node, t.endIndex());
    }

    private Token expression(int i, boolean reportUnterminated) {
        int end = scan.skipBalanced(i);
        if (end < 0) {
            if (reportUnterminated) {
                problems.add(new Problem(offset(i), "unsupported expression: '{' is never closed",
                        "write \\{ for a literal brace, or put code in backticks"));
            }
            return null;
        }
        BasedSequence chars = seq.subSequence(i, end);
        String inner = chars.subSequence(1, chars.length() - 1).toString().trim();
        if (inner.isEmpty() || isComment(inner)) {
            return new Token(new MdxComment(chars), end);
        }
        var propRef = PROP_REF.matcher(inner);
        if (propRef.matches()) return new Token(new MdxExpression(chars, new PropRef(propRef.group(1))), end);
        if (IDENT.matcher(inner).matches()) return new Token(new MdxExpression(chars, new ConstRef(inner)), end);
        String literal = stringLiteral(i + 1, end - 1);
        if (literal != null) return new Token(new Text(literalChars(chars, literal)), end);
        problems.add(new Problem(offset(i), "unsupported expression {" + abbreviate(inner) + "}",
                "Quire does not run JavaScript: write \\{ for a literal brace, use {props.name}, "
                        + "a constant, or a component"));
        return new Token(new MdxExpression(chars, null), end);
    }

    private static boolean isComment(String inner) {
        return inner.startsWith("/*") && inner.indexOf("*/", 2) == inner.length() - 2;
    }

    /** The value of a lone string literal between from and to, or null. */
    private String stringLiteral(int from, int to) {
        int s = scan.skipWhitespace(from);
        char q = scan.at(s);
        if (q != '"' && q != '\'' && q != '`') return null;
        PropValueParser values = new PropValueParser(scan, this::offset);
        try {
            PropValueParser.Parsed p = values.value(s);
            return scan.skipWhitespace(p.end()) == to ? (String) p.value() : null;
        } catch (PropValueParser.Failure f) {
            return null;
        }
    }

    /** Text chars for a literal: the source between the quotes when equal, else the value itself. */
    private static BasedSequence literalChars(BasedSequence braces, String literal) {
        int q = 1;
        while (q < braces.length() && Character.isWhitespace(braces.charAt(q))) q++;
        BasedSequence inner = braces.subSequence(Math.min(q + 1, braces.length()),
                Math.max(q + 1, Math.min(braces.length(), q + 1 + literal.length())));
        return inner.toString().equals(literal) ? inner : BasedSequence.of(literal);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    int offset(int i) {
        return i >= seq.length() ? seq.getEndOffset() : Math.max(0, seq.getIndexOffset(i));
    }
}
