package dev.quire.render.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.noties.prism4j.Prism4j;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RegexFacts} and {@link Alternations}: what they read from a regex, and that it holds for every
 * match of every grammar pattern over the example site's code (the tokenizer's own oracle test,
 * {@link TokenizerTest}, checks the whole token trees).
 */
class RegexFactsTest {

    private static String facts(String regex) {
        return RegexFacts.of(Pattern.compile(regex)).toString();
    }

    @Test
    void readsRequiredAndAnchorCharacters() {
        assertThat(facts("(^|[^\\\\])#.*")).isEqualTo("required=# anchor=# reach=1");
        assertThat(facts("\\b(?:false|true)\\b")).isEqualTo("required=ft anchor=ft reach=0 wordStart start=ft");
        assertThat(facts("(\\bclass\\s+)\\w+(?=\\s*:)")).isEqualTo("required=c anchor=c reach=0 wordStart start=c");
        for (String notWordStart : List.of("(\\bclass|x)y", "(\\bclass)?y", "(\\bclass)|y", "(?:a)\\bclass")) {
            assertThat(RegexFacts.of(Pattern.compile(notWordStart)).wordStart()).as(notWordStart).isFalse();
        }
        assertThat(facts("x?y*")).isEqualTo("required=null anchor=null reach=0");
        assertThat(facts("a|b*")).isEqualTo("required=null anchor=null reach=0");
        assertThat(RegexFacts.of(Pattern.compile("ab", Pattern.CASE_INSENSITIVE)).toString())
                .isEqualTo("required=Aa anchor=Aa reach=0 start=Aa");
        assertThat(facts("[^\"]\"")).isEqualTo("required=\" anchor=\" reach=1");
        assertThat(facts("(?!x)y")).isEqualTo("required=y anchor=y reach=0 start=y");
    }

    @Test
    void readsStartsSingleClassesAndTheJavaScriptForms() {
        // A ^ without MULTILINE ends every path away from the start, so only } can begin a match there.
        assertThat(facts("((?:^|\\})\\s*)catch\\b")).isEqualTo("required=c anchor=null reach=0 start=}");
        assertThat(RegexFacts.of(Pattern.compile("(^|,)\\s*x", Pattern.MULTILINE)).start().contains('x')).isTrue();
        assertThat(facts("[{}\\[\\];(),.:]")).isEqualTo(
                "required=(),.:;[]{} anchor=(),.:;[]{} reach=0 single=(),.:;[]{} start=(),.:;[]{}");
        assertThat(facts(":")).isEqualTo("required=: anchor=: reach=0 single=: start=:");
        for (String notSingle : List.of("[^a]", "[a\\xA0]", "\\.", "[a]+", "[a]|b", "\\w")) {
            assertThat(RegexFacts.of(Pattern.compile(notSingle)).single()).as(notSingle).isNull();
        }
        assertThat(facts("(?:#|(?<![_$a-z]))[_$a-z]\\w*")).isEqualTo(
                "required=$_abcdefghijklmnopqrstuvwxyz anchor=null reach=0 identifierStart start=#$_abcdefghijklmnopqrstuvwxyz");
        assertThat(RegexFacts.of(Pattern.compile("(?:#|(?<![_$a-z]))[_$A-Z]\\w*")).identifierStart()).isNull();
        assertThat(facts("(^|[^.]|\\.\\.\\.\\s*)\\b(?:as|await|break)\\b"))
                .isEqualTo("required=ab anchor=ab reach=3 spaced keywordStart=ab");
        assertThat(RegexFacts.of(Pattern.compile("(^|[^.]|\\.\\.\\.\\s*)(?:as|await|break)\\b")).keywordStart()).isNull();
        // A rare anchor behind whitespace runs: six other characters at most ("return") before the /.
        assertThat(facts("((?:^|[^\\w.\\s]|\\b(?:return|yield))\\s*)/[^/]+/")).startsWith("required=/ anchor=/ reach=6 spaced");
        assertThat(facts("(\\w+\\s*)/")).isEqualTo("required=/ anchor=/ reach=0 spaced+word");
        // behind an identifier, seen by a lookahead (the start set is too large to use here)
        assertThat(facts("(?:#|(?<![_$a-zA-Z]))[_$a-zA-Z]\\w*(?=\\s*\\()")).isEqualTo(
                "required=( anchor=( reach=1 spaced+word identifierStart");
    }

    @Test
    void givesUpOnSyntaxItDoesNotRead() {
        for (String regex : List.of("(?i)a", "(?<n>a)", "\\p{L}", "[a&&[b]]", "\\Qa\\E", "\\Ga", "\\x{1F600}")) {
            assertThat(RegexFacts.of(Pattern.compile(regex))).as(regex).isSameAs(RegexFacts.NONE);
        }
        assertThat(RegexFacts.of(Pattern.compile("a", Pattern.COMMENTS))).isSameAs(RegexFacts.NONE);
    }

    @Test
    void groupsWordListsByFirstCharacterAndKeepsTheirOrder() {
        assertThat(Alternations.rewrite("\\b(?:as|assert|b|a|c1|c2|\\.)\\b", false))
                .isEqualTo("\\b(?:a(?:s|ssert|)|b|c(?:1|2)|\\.)\\b");
        assertThat(Alternations.rewrite("(?:Ab|aC|b|c|d|e)", true)).isEqualTo("(?:A(?:b|C)|b|c|d|e)");
        assertThat(Alternations.rewrite("(?:Ab|aC|b|c|d|e)", false)).isEqualTo("(?:Ab|aC|b|c|d|e)");
        // Not plain word lists: a capturing group, a quantified first character, fewer than six branches.
        for (String regex : List.of("(?:a(b)|ac|d|e|f|g)", "(?:a*|ab|c|d|e|f)", "(?:ab|ac|d)")) {
            assertThat(Alternations.rewrite(regex, false)).isEqualTo(regex);
        }
    }

    /** Every match of every grammar pattern: its needs are met, and the rewritten regex finds the same. */
    @Test
    void factsHoldForEveryMatchOnTheExampleSite() throws IOException {
        List<String> texts = CorpusFencesTest.fencesBelow(Path.of("content")).stream()
                .map(CorpusFencesTest.Fence::code).toList();
        Set<Pattern> regexes = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Prism4j.Grammar> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : TokenizerTest.NAMES) {
            collect(TokenizerTest.GRAMMARS.source(name), seen, regexes);
        }
        int checked = 0;
        for (Pattern original : regexes) {
            Pattern factored = Alternations.factor(original);
            RegexFacts facts = RegexFacts.of(original);
            for (String text : texts) {
                Matcher a = original.matcher(text);
                Matcher b = factored.matcher(text);
                int from = 0;
                while (from <= text.length() && a.find(from)) {
                    assertThat(b.find(from)).isTrue();
                    assertThat(b.start() + ":" + b.end()).as("%s", original).isEqualTo(a.start() + ":" + a.end());
                    if (facts.required() != null) {
                        assertThat(facts.required().indexIn(text.toCharArray(), 0, text.length())).isNotNegative();
                    }
                    if (a.start() > 0) {
                        char c = text.charAt(a.start());
                        char before = text.charAt(a.start() - 1);
                        if (facts.wordStart()) {
                            assertThat(before == '_' || before < 128 && Character.isLetterOrDigit(before))
                                    .as("%s at %d in %s", original, a.start(), text).isFalse();
                        }
                        if (facts.start() != null) {
                            assertThat(facts.start().contains(c)).as("%s at %d in %s", original, a.start(), text).isTrue();
                        }
                        if (facts.identifierStart() != null) {
                            assertThat(c == '#' || (c >= 128 || facts.identifierStart().containsAscii(c))
                                    && !facts.identifierStart().containsAscii(before)).as("%s at %d", original, a.start()).isTrue();
                        }
                        if (facts.keywordStart() != null) {
                            assertThat(c == '.' || a.start() + 1 < text.length()
                                    && facts.keywordStart().containsAscii(text.charAt(a.start() + 1))
                                    && !Character.isLetterOrDigit(c) && c != '_').as("%s at %d", original, a.start()).isTrue();
                        }
                    }
                    if (facts.single() != null) {
                        assertThat(a.end() - a.start()).isEqualTo(1);
                        assertThat(facts.single().indexIn(text.toCharArray(), from, text.length())).isEqualTo(a.start());
                    }
                    if (facts.anchor() != null) {
                        // a lookahead may see the anchor character past the end of the match
                        int anchor = facts.anchor().indexIn(text.toCharArray(), a.start(), text.length());
                        assertThat(anchor).as("%s at %d in %s", original, a.start(), text).isNotNegative();
                        int distance = anchor - a.start();
                        if (facts.skip() != null) {
                            distance = (int) text.substring(a.start(), anchor).chars()
                                    .filter(c -> !facts.skip().contains((char) c)).count();
                        }
                        assertThat(distance).as("%s at %d in %s", original, a.start(), text)
                                .isLessThanOrEqualTo(facts.reach());
                    }
                    checked++;
                    from = a.end() > a.start() ? a.end() : a.end() + 1;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /** The guard {@link JavaScriptGrammar#IDENT_LED} adds to Prism's {@code #?} finds the same from every start. */
    @Test
    void identifierGuardFindsWhatPrismsFormFinds() throws IOException {
        List<String> texts = new java.util.ArrayList<>(CorpusFencesTest.fencesBelow(Path.of("content")).stream()
                .map(CorpusFencesTest.Fence::code).toList());
        texts.add("a9b<T>(x) #p<Q>() \u00e9t\u00e9<A>() _$x = function () {} obj.call(1) 9abc<T>(");
        String ident = JavaScriptGrammar.IDENT;
        for (String rest : List.of("(?=\\s*(?:\\.\\s*(?:apply|bind|call)\\s*)?\\()",
                "\\s*" + JavaScriptGrammar.GENERIC + "(?=\\s*\\()", "(?=\\s*[=:]\\s*(?:async\\s*)?(?:\\bfunction\\b|"
                        + "(?:\\((?:[^()]|\\([^()]*+\\))*+\\)|" + ident + ")\\s*=>))")) {
            Pattern prism = Pattern.compile("#?" + ident + rest);
            Pattern guarded = Pattern.compile(JavaScriptGrammar.IDENT_LED + ident + rest);
            for (String text : texts) {
                for (int from = 0; from <= text.length(); from++) {
                    Matcher a = prism.matcher(text).region(from, text.length());
                    Matcher b = guarded.matcher(text).region(from, text.length());
                    boolean found = a.find();
                    assertThat(b.find()).isEqualTo(found);
                    if (found) {
                        assertThat(b.start() + ":" + b.end()).isEqualTo(a.start() + ":" + a.end());
                    }
                }
            }
        }
    }

    private static void collect(Prism4j.Grammar grammar, Set<Prism4j.Grammar> seen, Set<Pattern> regexes) {
        if (!seen.add(grammar)) {
            return;
        }
        for (Prism4j.Token token : grammar.tokens()) {
            for (Prism4j.Pattern pattern : token.patterns()) {
                regexes.add(pattern.regex());
                if (pattern.inside() != null) {
                    collect(pattern.inside(), seen, regexes);
                }
            }
        }
    }
}
