package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;
import static java.util.regex.Pattern.quote;

import io.noties.prism4j.Prism4j;

/**
 * Unified and normal diffs, ported from Prism.js 1.30 ({@code prism-diff.js}); prism4j has none.
 * Runs of lines with the same prefix become one token ({@code inserted-sign inserted},
 * {@code deleted-sign deleted}, …), which the line splitter then cuts at each line end.
 */
final class DiffGrammar {

    private DiffGrammar() {
    }

    static Prism4j.Grammar create() {
        return grammar("diff",
                token("coord",
                        pattern(compile("^(?:\\*{3}|-{3}|\\+{3}).*$", MULTILINE)),
                        pattern(compile("^@@.*@@$", MULTILINE)),
                        pattern(compile("^\\d.*$", MULTILINE))),
                prefixed("deleted-sign", "-", "deleted"),
                prefixed("deleted-arrow", "<", "deleted"),
                prefixed("inserted-sign", "+", "inserted"),
                prefixed("inserted-arrow", ">", "inserted"),
                prefixed("unchanged", " ", null),
                prefixed("diff", "!", "bold"));
    }

    private static Prism4j.Token prefixed(String name, String prefix, String alias) {
        return token(name, pattern(compile("^(?:" + quote(prefix) + ".*(?:\\r\\n?|\\n|(?![\\s\\S])))+", MULTILINE),
                false, false, alias));
    }
}
