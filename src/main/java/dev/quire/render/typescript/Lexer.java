package dev.quire.render.typescript;

import dev.quire.render.typescript.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits TypeScript into {@link Token}s. Strings, template literals (with nested {@code ${}}), regular
 * expressions and comments are read whole, so nothing inside them is ever taken for code. A slash
 * starts a regular expression unless the previous token ends an expression. {@code <} and {@code >}
 * are always single tokens, so {@code Map<string, Array<number>>} closes cleanly; the eraser
 * recognises {@code <<} and {@code >=} from adjacency.
 */
final class Lexer {

    private static final String[] PUNCTUATORS = {"...", "===", "!==", "**=", "&&=", "||=", "??=", "=>", "==", "!=",
        "**", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="};
    private static final Set<String> REGEX_AFTER_WORD = Set.of("return", "typeof", "instanceof", "in", "of", "new",
        "delete", "void", "throw", "case", "do", "else", "yield", "await");

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> templateBraceDepths = new ArrayDeque<>();
    private final Deque<Integer> templateStarts = new ArrayDeque<>();
    private int pos;
    private int braceDepth;
    private boolean newline;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) throws TypeEraseException {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws TypeEraseException {
        if (src.startsWith("#!")) skipLine();
        while (true) {
            skipTrivia();
            if (pos >= src.length()) break;
            int start = pos;
            char c = src.charAt(pos);
            if (Character.isJavaIdentifierStart(c) || c == '\\') {
                readWord();
                add(Kind.WORD, start);
            } else if (c == '#' && pos + 1 < src.length() && Character.isJavaIdentifierStart(src.charAt(pos + 1))) {
                pos++;
                readWord();
                add(Kind.PRIVATE_NAME, start);
            } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                readNumber();
                add(Kind.NUMBER, start);
            } else if (c == '"' || c == '\'') {
                readString(c);
                add(Kind.STRING, start);
            } else if (c == '`') {
                pos++;
                add(readTemplate(start) ? Kind.TEMPLATE_HEAD : Kind.TEMPLATE, start);
            } else if (c == '}' && !templateBraceDepths.isEmpty() && templateBraceDepths.peek() == braceDepth) {
                templateBraceDepths.pop();
                pos++;
                add(readTemplate(templateStarts.pop()) ? Kind.TEMPLATE_MIDDLE : Kind.TEMPLATE_TAIL, start);
            } else if (c == '/' && regexAllowed()) {
                readRegex();
                add(Kind.REGEX, start);
            } else {
                readPunctuator(c);
                add(Kind.PUNCT, start);
            }
        }
        tokens.add(new Token(Kind.EOF, "", src.length(), src.length(), true));
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, src.substring(start, pos), start, pos, newline || tokens.isEmpty()));
        newline = false;
    }

    private void skipTrivia() throws TypeEraseException {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isLineBreak(c)) {
                newline = true;
                pos++;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                pos++;
            } else if (src.startsWith("//", pos)) {
                skipLine();
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) throw error(pos, "unterminated comment", "close the comment with */");
                for (int i = pos; i < end; i++) newline |= isLineBreak(src.charAt(i));
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private void skipLine() {
        while (pos < src.length() && !isLineBreak(src.charAt(pos))) pos++;
    }

    private void readWord() {
        while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '\\')) {
            pos++;
        }
    }

    private void readNumber() {
        boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
        while (pos < src.length()) {
            char c = src.charAt(pos);
            char prev = pos > 0 ? src.charAt(pos - 1) : ' ';
            boolean exponentSign = (c == '+' || c == '-') && !hex && (prev == 'e' || prev == 'E');
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign)) return;
            pos++;
        }
    }

    private void readString(char quote) throws TypeEraseException {
        int start = pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                return;
            }
            if (c == '\\') {
                pos += 2;
            } else if (isLineBreak(c)) {
                break;
            } else {
                pos++;
            }
        }
        throw error(start, "unterminated string literal", "close the string with " + quote + " on the same line");
    }

    /** Reads template text after a backtick or a closing brace; true when it stops at "${". */
    private boolean readTemplate(int openedAt) throws TypeEraseException {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '`') {
                pos++;
                return false;
            }
            if (c == '\\') {
                pos += 2;
            } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                pos += 2;
                templateBraceDepths.push(braceDepth);
                templateStarts.push(openedAt);
                return true;
            } else {
                pos++;
            }
        }
        throw error(openedAt, "unterminated template literal", "close the template literal with `");
    }

    private boolean regexAllowed() {
        if (tokens.isEmpty()) return true;
        Token prev = tokens.get(tokens.size() - 1);
        return switch (prev.kind()) {
            case WORD -> REGEX_AFTER_WORD.contains(prev.text());
            case PUNCT -> !prev.is(")") && !prev.is("]");
            case TEMPLATE_HEAD, TEMPLATE_MIDDLE -> true;
            default -> false;
        };
    }

    private void readRegex() throws TypeEraseException {
        int start = pos++;
        boolean inClass = false;
        while (pos < src.length() && !isLineBreak(src.charAt(pos))) {
            char c = src.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                readWord();
                return;
            }
        }
        throw error(start, "unterminated regular expression", "close the regular expression with / on the same line");
    }

    private void readPunctuator(char c) {
        for (String p : PUNCTUATORS) {
            if (src.startsWith(p, pos) && !(p.equals("?.") && pos + 2 < src.length() && isDigit(src.charAt(pos + 2)))) {
                pos += p.length();
                return;
            }
        }
        if (c == '{') braceDepth++;
        if (c == '}') braceDepth--;
        pos++;
    }

    private TypeEraseException error(int offset, String message, String hint) {
        return new TypeEraseException(src, offset, message, hint);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
