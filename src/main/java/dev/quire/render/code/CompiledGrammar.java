package dev.quire.render.code;

import io.noties.prism4j.Prism4j;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prism4j grammar frozen into arrays for {@link Tokenizer}: the same tokens, patterns and nesting,
 * plus, per pattern, a slot (its own reusable {@code Matcher}s in each thread), where its matches can
 * be ({@link RegexFacts}), and the regex with its word lists grouped
 * by first character ({@link Alternations}; it matches exactly what the original does). Grammars that share a token or a
 * regex share its compiled form, and a grammar nested in itself (Bash in {@code $(…)}) stays a cycle.
 */
final class CompiledGrammar {

    /** One Prism token: a name and patterns tried in order. */
    record Token(String name, Pattern[] patterns) {
    }

    /**
     * One Prism pattern.
     *
     * @param regex    the grammar's regex, or its equivalent from {@link Alternations#factor}
     * @param slot     this regex's index among all regexes of the set, for the per-thread matchers
     * @param facts    where its matches can be ({@link RegexFacts}), worked out from the original regex
     * @param openTag  the HTML tag that opens its tokens ({@link HtmlLines#openTag}), made once here
     */
    record Pattern(java.util.regex.Pattern regex, boolean lookbehind, boolean greedy, String alias,
                   CompiledGrammar inside, int slot, RegexFacts facts, String openTag) {
    }

    private Token[] tokens;

    private CompiledGrammar() {
    }

    Token[] tokens() {
        return tokens;
    }

    /**
     * Compiles grammars that may share parts; call it once with every grammar of a set, after the
     * last change to any of them (prism4j grammars are mutable lists).
     */
    static final class Compiler {

        private final Map<Prism4j.Grammar, CompiledGrammar> grammars = new IdentityHashMap<>();
        private final Map<Prism4j.Token, Token> tokens = new IdentityHashMap<>();
        private final Map<java.util.regex.Pattern, Integer> slots = new IdentityHashMap<>();
        private final Map<java.util.regex.Pattern, RegexFacts> facts = new IdentityHashMap<>();
        private final Map<java.util.regex.Pattern, java.util.regex.Pattern> factored = new IdentityHashMap<>();

        CompiledGrammar compile(Prism4j.Grammar grammar) {
            CompiledGrammar compiled = grammars.get(grammar);
            if (compiled != null) {
                return compiled;
            }
            compiled = new CompiledGrammar();
            grammars.put(grammar, compiled); // before the tokens, so that a cycle finds it
            List<Prism4j.Token> source = grammar.tokens();
            Token[] array = new Token[source.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = token(source.get(i));
            }
            compiled.tokens = array;
            return compiled;
        }

        private Token token(Prism4j.Token token) {
            Token compiled = tokens.get(token);
            if (compiled != null) {
                return compiled;
            }
            Pattern[] patterns = new Pattern[token.patterns().size()];
            compiled = new Token(token.name(), patterns);
            tokens.put(token, compiled);
            for (int i = 0; i < patterns.length; i++) {
                Prism4j.Pattern p = token.patterns().get(i);
                java.util.regex.Pattern regex = p.regex();
                int slot = slots.computeIfAbsent(regex, r -> slots.size());
                RegexFacts known = facts.computeIfAbsent(regex, RegexFacts::of);
                patterns[i] = new Pattern(factored.computeIfAbsent(regex, Alternations::factor), p.lookbehind(), p.greedy(), p.alias(),
                        p.inside() == null ? null : compile(p.inside()), slot, known,
                        HtmlLines.openTag(token.name(), p.alias()));
            }
            return compiled;
        }

        /** How many distinct regexes the grammars compiled so far hold. */
        int slotCount() {
            return slots.size();
        }
    }
}
