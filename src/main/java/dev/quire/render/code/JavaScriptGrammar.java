package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * JavaScript, ported from Prism.js 1.30 ({@code prism-javascript.js} over {@code prism-clike.js}) because
 * prism4j's copy dates from 2018. Token names and order follow Prism; two changes keep it fast on the
 * JVM: loops whose alternatives cannot overlap are possessive ({@code *+}), and Prism's
 * {@code parameter} token (nested JavaScript inside parameter lists, slow and purely decorative) is left out.
 */
final class JavaScriptGrammar {

    /** An identifier start and its rest; Java's {@code \s} is ASCII so Prism's {@code (?!\s)} guards are no-ops. */
    static final String IDENT = "[_$a-zA-Z\\xA0-\\uFFFF][$\\w\\xA0-\\uFFFF]*+";

    /**
     * Prism's {@code #?} before an identifier-led token, plus a guard that makes {@code java.util.regex}
     * give up at once inside an identifier: a start right after an identifier start character is
     * refused unless it is a {@code #}. No match changes: were there a match at such a position {@code q},
     * there would be one at {@code q - 1} too (that character starts {@link #IDENT} just as well, and the
     * possessive rest of it ends where the match at {@code q} had it end), and a search takes the leftmost
     * one. At the start of the region the guard sees nothing and refuses nothing. Without it, each
     * position of a long name is scanned to the name's end: quadratic.
     */
    static final String IDENT_LED = "(?:#|(?<![_$a-zA-Z\\xA0-\\uFFFF]))";

    /** A {@code <…>} type argument list, three levels deep, possessive (its alternatives are disjoint). */
    static final String GENERIC = "<(?:[^<>]|<(?:[^<>]|<[^<>]*+>)*+>)*+>";

    /** Prism's {@code (?:get|set)(?=…)}, written out per word so that {@link Alternations} can group the list. */
    private static final String ACCESSOR_END = "(?=\\s*(?:[#\\[$\\w\\xA0-\\uFFFF]|$))";

    private static final String KEYWORDS = "as|assert(?=\\s*\\{)|async(?=\\s*(?:function\\b|\\(|[$\\w\\xA0-\\uFFFF]|$))"
            + "|await|break|case|class|const|continue|debugger|default|delete|do|else|enum|export|extends"
            + "|finally(?=\\s*(?:\\{|$))|for|from(?=\\s*(?:['\"]|$))|function|get" + ACCESSOR_END + "|set" + ACCESSOR_END
            + "|if|implements|import|in|instanceof|interface|let|new|null|of|package|private|protected|public|return"
            + "|static|super|switch|this|throw|try|typeof|undefined|var|void|while|with|yield";

    private static final String NUMBER = "(^|[^\\w$])(?:NaN|Infinity|0[bB][01]+(?:_[01]+)*n?|0[oO][0-7]+(?:_[0-7]+)*n?"
            + "|0[xX][\\dA-Fa-f]+(?:_[\\dA-Fa-f]+)*n?|\\d+(?:_\\d+)*n"
            + "|(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[Ee][+-]?\\d+(?:_\\d+)*)?)(?![\\w$])";

    private static final String REGEX = "((?:^|[^$\\w\\xA0-\\uFFFF.\"'\\])\\s]|\\b(?:return|yield))\\s*)"
            + "/(?:\\[(?:[^\\]\\\\\\r\\n]|\\\\.)*+\\]|\\\\.|[^/\\\\\\[\\r\\n])++/[dgimyus]{0,7}"
            + "(?=(?:\\s|/\\*(?:[^*]|\\*(?!/))*+\\*/)*+(?:$|[\\r\\n,.;:})\\]]|//))";

    /**
     * A {@code ${…}} hole with braces nested three deep. Prism's innermost level is {@code \{[^}]*\}};
     * excluding {@code {} there too means a hole that never closes is given up at the next brace
     * instead of at the end of the block (which made long unclosed blocks quadratic).
     */
    private static final String BRACED = "\\$\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*+\\})*+\\})++\\}";

    private JavaScriptGrammar() {
    }

    static Prism4j.Grammar create() {
        List<Prism4j.Token> tokens = new ArrayList<>();
        Prism4j.Grammar js = grammar("javascript", tokens);
        List<Prism4j.Token> holeTokens = new ArrayList<>();
        holeTokens.add(token("interpolation-punctuation", pattern(compile("^\\$\\{|\\}$"), false, false, "punctuation")));
        tokens.add(token("comment",
                pattern(compile("(^|[^\\\\])/\\*[\\s\\S]*?(?:\\*/|$)"), true, true),
                pattern(compile("(^|[^\\\\:])//.*"), true, true)));
        tokens.add(token("hashbang", pattern(compile("^#!.*"), false, true, "comment")));
        tokens.add(templateString(grammar("inside", holeTokens)));
        tokens.add(token("string-property", pattern(compile(
                "((?:^|[,{])[ \\t]*)([\"'])(?:\\\\(?:\\r\\n|[\\s\\S])|(?!\\2)[^\\\\\\r\\n])*+\\2(?=\\s*:)", MULTILINE),
                true, true, "property")));
        tokens.add(token("string", pattern(compile(
                "([\"'])(?:\\\\(?:\\r\\n|[\\s\\S])|(?!\\1)[^\\\\\\r\\n])*+\\1"), false, true)));
        tokens.add(token("class-name",
                pattern(compile("(\\b(?:class|extends|implements|instanceof|interface|new)\\s+)[\\w.\\\\]+"), true, false,
                        null, grammar("inside", token("punctuation", pattern(compile("[.\\\\]"))))),
                pattern(compile("(^|[^$\\w\\xA0-\\uFFFF])[_$A-Z\\xA0-\\uFFFF][$\\w\\xA0-\\uFFFF]*+(?=\\.(?:constructor|prototype))"),
                        true)));
        tokens.add(token("regex", pattern(compile(REGEX), true, true, null, grammar("inside",
                token("regex-source", pattern(compile("^(/)[\\s\\S]+(?=/[a-z]*$)"), true, false, "language-regex")),
                token("regex-delimiter", pattern(compile("^/|/$"))),
                token("regex-flags", pattern(compile("^[a-z]+$")))))));
        tokens.add(token("function-variable", pattern(compile(IDENT_LED + IDENT
                + "(?=\\s*[=:]\\s*(?:async\\s*)?(?:\\bfunction\\b|(?:\\((?:[^()]|\\([^()]*+\\))*+\\)|" + IDENT + ")\\s*=>))"),
                false, false, "function")));
        tokens.add(token("constant", pattern(compile("\\b[A-Z](?:[A-Z_]|\\dx?)*+\\b"))));
        tokens.add(token("keyword",
                pattern(compile("((?:^|\\})\\s*)catch\\b"), true),
                pattern(compile("(^|[^.]|\\.\\.\\.\\s*)\\b(?:" + KEYWORDS + ")\\b"), true)));
        tokens.add(token("boolean", pattern(compile("\\b(?:false|true)\\b"))));
        tokens.add(token("function", pattern(compile(IDENT_LED + IDENT + "(?=\\s*(?:\\.\\s*(?:apply|bind|call)\\s*)?\\()"))));
        tokens.add(token("number", pattern(compile(NUMBER), true)));
        tokens.add(token("literal-property", pattern(compile("((?:^|[,{])[ \\t]*)" + IDENT + "(?=\\s*:)", MULTILINE),
                true, false, "property")));
        tokens.add(token("operator", pattern(compile(
                "--|\\+\\+|\\*\\*=?|=>|&&=?|\\|\\|=?|[!=]==|<<=?|>>>?=?|[-+*/%&|^!=<>]=?|\\.{3}|\\?\\?=?|\\?\\.?|[~:]"))));
        tokens.add(token("punctuation", pattern(compile("[{}\\[\\];(),.:]"))));
        holeTokens.addAll(tokens);
        return js;
    }

    /** Template literals, whose {@code ${…}} holes are JavaScript again (Prism's {@code rest}). */
    private static Prism4j.Token templateString(Prism4j.Grammar hole) {
        return token("template-string", pattern(
                compile("`(?:\\\\[\\s\\S]|" + BRACED + "|(?!\\$\\{)[^\\\\`])*+`"), false, true, null, grammar("inside",
                        token("template-punctuation", pattern(compile("^`|`$"), false, false, "string")),
                        token("interpolation", pattern(compile("((?:^|[^\\\\])(?:\\\\{2})*+)" + BRACED), true, false,
                                null, hole)),
                        token("string", pattern(compile("[\\s\\S]+"))))));
    }
}
