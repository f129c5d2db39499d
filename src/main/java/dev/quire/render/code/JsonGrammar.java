package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.Prism4j;

/**
 * JSON, ported from Prism.js 1.30 ({@code prism-json.js}). Unlike prism4j's older copy it knows
 * comments, so it serves JSONC and JSON5 blocks too.
 */
final class JsonGrammar {

    private JsonGrammar() {
    }

    static Prism4j.Grammar create() {
        return grammar("json",
                token("property", pattern(compile("(^|[^\\\\])\"(?:\\\\.|[^\\\\\"\\r\\n])*+\"(?=\\s*:)"), true, true)),
                token("string", pattern(compile("(^|[^\\\\])\"(?:\\\\.|[^\\\\\"\\r\\n])*+\"(?!\\s*:)"), true, true)),
                token("comment", pattern(compile("//.*|/\\*[\\s\\S]*?(?:\\*/|$)"), false, true)),
                token("number", pattern(compile("-?\\b\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?\\b", CASE_INSENSITIVE))),
                token("punctuation", pattern(compile("[{}\\[\\],]"))),
                token("operator", pattern(compile(":"))),
                token("boolean", pattern(compile("\\b(?:false|true)\\b"))),
                token("null", pattern(compile("\\bnull\\b"), false, false, "keyword")));
    }
}
