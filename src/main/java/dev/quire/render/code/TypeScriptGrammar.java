package dev.quire.render.code;

import static dev.quire.render.code.JavaScriptGrammar.GENERIC;
import static dev.quire.render.code.JavaScriptGrammar.IDENT;
import static dev.quire.render.code.JavaScriptGrammar.IDENT_LED;
import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.GrammarUtils;
import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * TypeScript, ported from Prism.js 1.30 ({@code prism-typescript.js}): JavaScript without
 * {@code literal-property}, with type-aware {@code class-name}, the extra keywords, {@code builtin},
 * {@code decorator} and {@code generic-function}. Type argument lists use the possessive
 * {@link JavaScriptGrammar#GENERIC}, so a stray {@code <} costs one scan to the next {@code >}, never a backtrack.
 */
final class TypeScriptGrammar {

    private TypeScriptGrammar() {
    }

    static Prism4j.Grammar create(Prism4j.Grammar javascript) {
        List<Prism4j.Token> typeTokens = new ArrayList<>();
        Prism4j.Grammar typeInside = grammar("inside", typeTokens);

        List<Prism4j.Pattern> keywords = new ArrayList<>(GrammarUtils.findToken(javascript, "keyword").patterns());
        keywords.add(pattern(compile("\\b(?:abstract|declare|is|keyof|readonly|require)\\b")));
        keywords.add(pattern(compile(
                "\\b(?:asserts|infer|interface|module|namespace|type)\\b(?=\\s*(?:[{_$a-zA-Z\\xA0-\\uFFFF]|$))")));
        keywords.add(pattern(compile("\\btype\\b(?=\\s*(?:[{*]|$))")));

        Prism4j.Grammar ts = GrammarUtils.extend(javascript, "typescript",
                token -> !token.name().equals("literal-property"),
                token("class-name", pattern(compile(
                        "(\\b(?:class|extends|implements|instanceof|interface|new|type)\\s+)(?!keyof\\b)" + IDENT
                                + "(?:\\s*" + GENERIC + ")?"), true, true, null, typeInside)),
                token("keyword", keywords));
        ts.tokens().add(token("builtin",
                pattern(compile("\\b(?:Array|Function|Promise|any|boolean|console|never|number|string|symbol|unknown)\\b"))));
        GrammarUtils.insertBeforeToken(ts, "function",
                token("decorator", pattern(compile("@[$\\w\\xA0-\\uFFFF]++"), false, false, null, grammar("inside",
                        token("at", pattern(compile("^@"), false, false, "operator")),
                        token("function", pattern(compile("^[\\s\\S]+")))))),
                token("generic-function", pattern(compile(IDENT_LED + IDENT + "\\s*" + GENERIC + "(?=\\s*\\()"), false, true,
                        null, grammar("inside",
                                token("function", pattern(compile("^#?" + IDENT))),
                                token("generic", pattern(compile("<[\\s\\S]+"), false, false, "class-name", typeInside))))));
        for (Prism4j.Token token : ts.tokens()) {
            if (!token.name().equals("class-name")) {
                typeTokens.add(token);
            }
        }
        return ts;
    }
}
