package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.Prism4j;

/** INI files (also {@code .env}-style {@code key=value} lists), ported from Prism.js 1.30 ({@code prism-ini.js}). */
final class IniGrammar {

    private IniGrammar() {
    }

    static Prism4j.Grammar create() {
        return grammar("ini",
                token("comment", pattern(compile("(^[ \\f\\t\\x0B]*)[#;][^\\n\\r]*", MULTILINE), true)),
                token("section", pattern(compile("(^[ \\f\\t\\x0B]*)\\[[^\\n\\r\\]]*+\\]?", MULTILINE), true, false, null,
                        grammar("inside",
                                token("section-name", pattern(compile(
                                        "(^\\[[ \\f\\t\\x0B]*)[^ \\f\\t\\x0B\\]]+(?:[ \\f\\t\\x0B]+[^ \\f\\t\\x0B\\]]+)*"),
                                        true, false, "selector")),
                                token("punctuation", pattern(compile("\\[|\\]")))))),
                token("key", pattern(compile("(^[ \\f\\t\\x0B]*)[^ \\f\\n\\r\\t\\x0B=]++(?:[ \\f\\t\\x0B]++[^ \\f\\n\\r\\t\\x0B=]++)*+"
                        + "(?=[ \\f\\t\\x0B]*=)", MULTILINE), true, false, "attr-name")),
                token("value", pattern(compile("(=[ \\f\\t\\x0B]*)[^ \\f\\n\\r\\t\\x0B]+(?:[ \\f\\t\\x0B]+[^ \\f\\n\\r\\t\\x0B]+)*"),
                        true, false, "attr-value", grammar("inside",
                                token("inner-value", pattern(compile("(^(\"|')).+(?=\\2$)"), true))))),
                token("punctuation", pattern(compile("="))));
    }
}
