package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.Prism4j;

/** TOML, ported from Prism.js 1.30 ({@code prism-toml.js}); prism4j has none. */
final class TomlGrammar {

    private static final String KEY = "(?:[\\w-]++|'[^'\\n\\r]*+'|\"(?:\\\\.|[^\\\\\"\\r\\n])*+\")";
    private static final String DOTTED = KEY + "(?:\\s*\\.\\s*" + KEY + ")*";

    private TomlGrammar() {
    }

    static Prism4j.Grammar create() {
        return grammar("toml",
                token("comment", pattern(compile("#.*"), false, true)),
                token("table", pattern(compile("(^\\s*\\[\\s*(?:\\[\\s*)?)" + DOTTED + "(?=\\s*\\])", MULTILINE),
                        true, true, "class-name")),
                token("key", pattern(compile("(^\\s*|[{,]\\s*)" + DOTTED + "(?=\\s*=)", MULTILINE), true, true, "property")),
                token("string", pattern(compile(
                        "\"\"\"(?:\\\\[\\s\\S]|[^\\\\])*?\"\"\"|'''[\\s\\S]*?'''|'[^'\\n\\r]*+'|\"(?:\\\\.|[^\\\\\"\\r\\n])*+\""),
                        false, true)),
                token("date",
                        pattern(compile("\\d{4}-\\d{2}-\\d{2}(?:[T\\s]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})?)?",
                                CASE_INSENSITIVE), false, false, "number"),
                        pattern(compile("\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?"), false, false, "number")),
                token("number", pattern(compile("(?:\\b0(?:x[\\da-zA-Z]+(?:_[\\da-zA-Z]+)*|o[0-7]+(?:_[0-7]+)*|b[10]+(?:_[10]+)*))\\b"
                        + "|[-+]?\\d+(?:_\\d+)*(?:\\.\\d+(?:_\\d+)*)?(?:[eE][+-]?\\d+(?:_\\d+)*)?\\b|[-+]?(?:inf|nan)\\b"))),
                token("boolean", pattern(compile("\\b(?:true|false)\\b"))),
                token("punctuation", pattern(compile("[.,=\\[\\]{}]"))));
    }
}
