package dev.quire.render.code;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Prism's {@code matchGrammar} as prism4j 2.0 runs it (greedy patterns, lookbehind groups,
 * {@code inside} grammars, aliases, and the re-match after a greedy token swallowed several nodes),
 * giving the same token tree for every input, failures included; {@code TokenizerTest} holds prism4j
 * as the oracle. It is faster in three ways that do not change a match:
 * <ul>
 * <li>all text stays one string: a node is a range of it, and a regex runs over a region with opaque,
 *     anchoring bounds, which Java defines to behave exactly as the substring prism4j would cut;</li>
 * <li>each thread keeps one {@code Matcher} per regex and resets it, instead of a new one per node;</li>
 * <li>a regex is not run over a range that lacks every character one of which each of its matches
 *     must contain ({@link RequiredChars}).</li>
 * </ul>
 * Thread-safe: the grammars are read only, the matchers are per thread.
 */
final class Tokenizer {

    private final int slots;
    private final ThreadLocal<Run> runs = ThreadLocal.withInitial(Run::new);

    /** @param slots how many regexes the grammars hold ({@link CompiledGrammar.Compiler#slotCount()}) */
    Tokenizer(int slots) {
        this.slots = slots;
    }

    /** The token tree of {@code text}: what prism4j's {@code tokenize} gives for the same grammar. */
    List<Prism4j.Node> tokenize(String text, CompiledGrammar grammar) {
        Run run = runs.get();
        run.start(text, slots);
        try {
            return run.tokenize(0, text.length(), grammar);
        } finally {
            run.text = null;
        }
    }

    /** One tokenization's state: the text, and this thread's matchers. */
    private static final class Run {

        private Matcher[] matchers = new Matcher[0];
        /** Which run each matcher last read the text of; a matcher of an older run is given the new text. */
        private int[] usedIn = new int[0];
        private int run;
        private String text;

        void start(String text, int slots) {
            this.text = text;
            run++;
            if (matchers.length < slots) {
                matchers = new Matcher[slots];
                usedIn = new int[slots];
            }
        }

        /** The slot's matcher over {@link #text}; its region is set by the caller (which resets it). */
        private Matcher matcher(CompiledGrammar.Pattern pattern) {
            int slot = pattern.slot();
            Matcher matcher = matchers[slot];
            if (matcher == null || matcher.pattern() != pattern.regex()) {
                matcher = pattern.regex().matcher(text);
                matchers[slot] = matcher;
            } else if (usedIn[slot] != run) {
                matcher.reset(text);
            }
            usedIn[slot] = run;
            return matcher;
        }

        /**
         * prism4j's {@code tokenize} of the range {@code [lo, hi)} as a string of its own. Like prism4j
         * 2.0 it fails on an empty range (one node is more nodes than characters) unless the grammar
         * has no patterns.
         */
        List<Prism4j.Node> tokenize(int lo, int hi, CompiledGrammar grammar) {
            List<Prism4j.Node> entries = new ArrayList<>(3);
            entries.add(new Text(text, lo, hi));
            matchGrammar(lo, hi, entries, grammar, 0, lo, false, null);
            return entries;
        }

        /**
         * prism4j's {@code matchGrammar} line for line, with positions in {@link #text} rather than in a
         * substring starting at {@code lo}. Keep it that way: its quirks (what the greedy path skips,
         * where it throws) are part of the output.
         */
        private void matchGrammar(int lo, int hi, List<Prism4j.Node> entries, CompiledGrammar grammar, int index,
                                  int startPosition, boolean oneShot, CompiledGrammar.Token target) {
            final int textLength = hi - lo;
            for (CompiledGrammar.Token token : grammar.tokens()) {
                if (token == target) {
                    return;
                }
                for (CompiledGrammar.Pattern pattern : token.patterns()) {
                    final boolean lookbehind = pattern.lookbehind();
                    final boolean greedy = pattern.greedy();
                    int lookbehindLength = 0;
                    for (int i = index, position = startPosition; i < entries.size();
                         position += entries.get(i).textLength(), ++i) {
                        if (entries.size() > textLength) {
                            throw new RuntimeException("Prism4j internal error. Number of entry nodes is greater that"
                                    + " the text length.");
                        }
                        final Prism4j.Node node = entries.get(i);
                        if (node.isSyntax()) {
                            continue;
                        }
                        int strStart = position;
                        int strEnd = position + node.textLength();
                        final Matcher matcher;
                        final int deleteCount;
                        final boolean greedyMatch;
                        if (greedy && i != entries.size() - 1) {
                            if (!pattern.required().occursIn(text, position, hi)) {
                                break;
                            }
                            matcher = matcher(pattern);
                            matcher.region(position, hi);
                            if (!matcher.find()) {
                                break;
                            }
                            int from = matcher.start();
                            if (lookbehind) {
                                from += groupOneLength(matcher);
                            }
                            final int to = matcher.end();
                            int k = i;
                            int p = position;
                            for (int len = entries.size(); k < len && (p < to
                                    || (!entries.get(k).isSyntax() && !isGreedy(entries.get(k - 1)))); ++k) {
                                p += entries.get(k).textLength();
                                if (from >= p) {
                                    i += 1;
                                    position = p;
                                }
                            }
                            if (entries.get(i).isSyntax()) {
                                continue;
                            }
                            deleteCount = k - i;
                            strStart = position;
                            strEnd = p;
                            greedyMatch = true;
                        } else {
                            if (!pattern.required().occursIn(text, strStart, strEnd)) {
                                if (oneShot) {
                                    break;
                                }
                                continue;
                            }
                            matcher = matcher(pattern);
                            matcher.region(strStart, strEnd);
                            deleteCount = 1;
                            greedyMatch = false;
                        }
                        if (!greedyMatch && !matcher.find()) {
                            if (oneShot) {
                                break;
                            }
                            continue;
                        }
                        if (lookbehind) {
                            lookbehindLength = matcher.start(1) < 0 ? 0 : matcher.end(1) - matcher.start(1);
                        }
                        final int from = matcher.start() - strStart + lookbehindLength;
                        final int matchStart = strStart + from;
                        final int matchEnd = matcher.end();
                        final int to = matchEnd - strStart;

                        for (int d = 0; d < deleteCount; d++) {
                            entries.remove(i);
                        }
                        int i2 = i;
                        if (from != 0) {
                            i += 1;
                            position += from;
                            entries.add(i2++, new Text(text, strStart, matchStart));
                        }
                        final CompiledGrammar inside = pattern.inside();
                        final List<Prism4j.Node> children = inside != null ? tokenize(matchStart, matchEnd, inside)
                                : Collections.singletonList(new Text(text, matchStart, matchEnd));
                        entries.add(i2++, new Syntax(token.name(), children, pattern.alias(), text, matchStart,
                                matchEnd, greedy, inside != null));
                        if (to < strEnd - strStart) {
                            entries.add(i2, new Text(text, matchEnd, strEnd));
                        }
                        if (deleteCount != 1) {
                            matchGrammar(lo, hi, entries, grammar, i, position, true, token);
                        }
                        if (oneShot) {
                            break;
                        }
                    }
                }
            }
        }

        /** prism4j reads {@code group(1).length()} here, so a pattern whose group 1 did not take part fails. */
        private static int groupOneLength(Matcher matcher) {
            if (matcher.start(1) < 0) {
                throw new NullPointerException("group 1 of a greedy lookbehind pattern did not take part in the match");
            }
            return matcher.end(1) - matcher.start(1);
        }

        private static boolean isGreedy(Prism4j.Node node) {
            return node.isSyntax() && ((Prism4j.Syntax) node).greedy();
        }
    }

    /** A range of the text outside any token. */
    static final class Text implements Prism4j.Text {

        private final String source;
        private final int start;
        private final int end;

        Text(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
        }

        @Override
        public int textLength() {
            return end - start;
        }

        @Override
        public boolean isSyntax() {
            return false;
        }

        @Override
        public String literal() {
            return source.substring(start, end);
        }

        /** Appends the text, escaped for HTML, without copying it out first. */
        void escapeTo(StringBuilder out, int from, int to) {
            CodeBlockHtml.escapeTo(out, source, start + from, start + to);
        }

        String source() {
            return source;
        }

        int start() {
            return start;
        }
    }

    /** A token: its type, alias and children (one text, or what its {@code inside} grammar found). */
    static final class Syntax implements Prism4j.Syntax {

        private final String type;
        private final List<Prism4j.Node> children;
        private final String alias;
        private final String source;
        private final int start;
        private final int end;
        private final boolean greedy;
        private final boolean tokenized;

        Syntax(String type, List<Prism4j.Node> children, String alias, String source, int start, int end,
               boolean greedy, boolean tokenized) {
            this.type = type;
            this.children = children;
            this.alias = alias;
            this.source = source;
            this.start = start;
            this.end = end;
            this.greedy = greedy;
            this.tokenized = tokenized;
        }

        @Override
        public int textLength() {
            return end - start;
        }

        @Override
        public boolean isSyntax() {
            return true;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public List<? extends Prism4j.Node> children() {
            return children;
        }

        @Override
        public String alias() {
            return alias;
        }

        @Override
        public String matchedString() {
            return source.substring(start, end);
        }

        @Override
        public boolean greedy() {
            return greedy;
        }

        @Override
        public boolean tokenized() {
            return tokenized;
        }
    }
}
