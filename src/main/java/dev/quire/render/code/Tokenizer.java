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
 * as the oracle. It is faster in five ways that do not change a match:
 * <ul>
 * <li>all text stays one string: a node is a range of it, and a regex runs over a region with opaque,
 *     anchoring bounds, which Java defines to behave exactly as the substring prism4j would cut;</li>
 * <li>each thread keeps one {@code Matcher} per regex and resets it, instead of a new one per node;</li>
 * <li>a regex is not run over a range that lacks every character one of which each of its matches
 *     needs (nor over any range of a text that lacks them all), and is tried only at the positions
 *     where a match can start ({@link RegexFacts});</li>
 * <li>a regex that is one ASCII character class is not run at all: its match is the first of its
 *     characters;</li>
 * <li>word lists in a regex are grouped by first character ({@link Alternations}).</li>
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
            run.chars = null;
        }
    }

    /** One tokenization's state: the text, and this thread's matchers. */
    private static final class Run {

        private Matcher[] matchers = new Matcher[0];
        /** Which run each matcher last read the text of; a matcher of an older run is given the new text. */
        private int[] usedIn = new int[0];
        /** Per slot, a matcher with transparent, non-anchoring bounds, for trying single positions. */
        private Matcher[] probes = new Matcher[0];
        private int run;
        private String text;
        /** The text's characters, for {@link CharSet#indexIn}: an array reads faster than {@code charAt}. */
        private char[] chars;
        /** Which ASCII characters the text holds (bits 0-63, 64-127), and whether it holds others. */
        private long presentLow;
        private long presentHigh;
        private boolean presentNonAscii;
        /** Whether the text holds a surrogate (then only the anchors of {@link RegexFacts} narrow the search). */
        private boolean presentSurrogate;
        /** The last match {@link #find} found, in {@link #text}; {@code groupOneStart} is -1 when group 1 took no part. */
        private int matchStart;
        private int matchEnd;
        private int groupOneStart;
        private int groupOneEnd;

        void start(String text, int slots) {
            this.text = text;
            this.chars = text.toCharArray();
            long low = 0;
            long high = 0;
            boolean nonAscii = false;
            boolean surrogate = false;
            for (char c : chars) {
                if (c < 64) {
                    low |= 1L << c;
                } else if (c < 128) {
                    high |= 1L << (c - 64);
                } else {
                    nonAscii = true;
                    surrogate |= Character.isSurrogate(c);
                }
            }
            presentSurrogate = surrogate;
            presentLow = low;
            presentHigh = high;
            presentNonAscii = nonAscii;
            run++;
            if (matchers.length < slots) {
                matchers = new Matcher[slots];
                usedIn = new int[slots];
                probes = new Matcher[slots];
            }
        }

        /**
         * Searches {@code text[from, to)} for the pattern as prism4j searches that substring on its own
         * (the same first match, or none), and keeps the match. {@code node} is the text node that is
         * exactly that range, if it is one (it keeps the substring), else null.
         */
        private boolean find(CompiledGrammar.Pattern pattern, int from, int to, Text node) {
            RegexFacts facts = pattern.facts();
            CharSet single = facts.single();
            if (single != null && !pattern.lookbehind()) {
                // The regex is one ASCII class: its first match is the first of its characters.
                int at = single.indexIn(chars, from, to);
                if (at < 0) {
                    return false;
                }
                matchStart = at;
                matchEnd = at + 1;
                return true;
            }
            CharSet required = facts.required();
            if (required != null && (!required.meets(presentLow, presentHigh, presentNonAscii)
                    || required.indexIn(chars, from, to) < 0)) {
                return false;
            }
            CharSet anchor = facts.anchor();
            if (anchor == null && !presentSurrogate) {
                // Without surrogates every position is one code point, as the probes read it (a
                // search skips the middle of a pair when the regex can match supplementary ones).
                CharSet identifier = facts.identifierStart();
                if (identifier != null) {
                    return findIdentifierLed(pattern, identifier, from, to, node);
                }
                CharSet keyword = facts.keywordStart();
                if (keyword != null) {
                    return findKeyword(pattern, keyword, from, to, node);
                }
                CharSet start = facts.start();
                if (start != null) {
                    return findFromStarts(pattern, start, from, to, node);
                }
            }
            CharSet skip = facts.skip();
            if (anchor == null || skip != null && presentSurrogate) {
                Matcher matcher = matcher(pattern);
                matcher.region(from, to);
                return matcher.find() && keep(matcher, pattern, 0);
            }
            int next = anchor.indexIn(chars, from, to);
            if (next < 0) {
                return false;
            }
            // Only the few positions that can start a match are tried, each on the substring with
            // transparent bounds: what precedes and follows within it is seen, as a search would.
            Matcher probe = probe(pattern, node != null ? node.literal() : text.substring(from, to));
            int reach = facts.reach();
            CharSet identifier = facts.identifierStart();
            int tried = from;
            while (next >= 0) {
                int lowest = Math.max(tried, next - reach);
                if (skip != null) {
                    // back over characters of skip freely and over at most reach others
                    lowest = next;
                    for (int others = 0; lowest > tried; lowest--) {
                        if (!skip.contains(chars[lowest - 1]) && others++ == reach) {
                            break;
                        }
                    }
                }
                for (int q = lowest; q <= next; q++) {
                    if (facts.wordStart() && q > from && asciiWord(chars[q - 1])) {
                        continue;
                    }
                    if (identifier != null && chars[q] != '#' && (!identifier.containsAscii(chars[q]) && chars[q] < 128
                            || q > from && identifier.containsAscii(chars[q - 1]))) {
                        continue; // not where an identifier-led match can start (RegexFacts#identifierStart)
                    }
                    probe.region(q - from, to - from);
                    if (probe.lookingAt()) {
                        return keep(probe, pattern, from);
                    }
                }
                tried = next + 1;
                next = anchor.indexIn(chars, tried, to);
            }
            return false;
        }

        /**
         * {@link #find} for a regex led by the identifier guard ({@link RegexFacts#identifierStart()}):
         * only a {@code #}, or a possible identifier character not right after an ASCII one, is tried.
         */
        private boolean findIdentifierLed(CompiledGrammar.Pattern pattern, CharSet identifier, int from, int to,
                                          Text node) {
            Matcher probe = null;
            boolean afterIdentifier = false;
            for (int q = from; q < to; q++) {
                char c = chars[q];
                boolean inIdentifier = identifier.containsAscii(c);
                if (c == '#' || (inIdentifier || c >= 128) && !afterIdentifier) {
                    if (probe == null) {
                        probe = probe(pattern, node != null ? node.literal() : text.substring(from, to));
                    }
                    probe.region(q - from, to - from);
                    if (probe.lookingAt()) {
                        return keep(probe, pattern, from);
                    }
                }
                afterIdentifier = inIdentifier;
            }
            return false;
        }

        /**
         * {@link #find} for JavaScript's keyword form ({@link RegexFacts#keywordStart()}): only the start,
         * a {@code .}, and a non-word character before a word starting with a character of {@code words} are tried.
         */
        private boolean findKeyword(CompiledGrammar.Pattern pattern, CharSet words, int from, int to, Text node) {
            Matcher probe = null;
            for (int q = from; q < to; q++) {
                char c = chars[q];
                if (q == from || c == '.' || q + 1 < to && words.containsAscii(chars[q + 1]) && !asciiWord(c)) {
                    if (probe == null) {
                        probe = probe(pattern, node != null ? node.literal() : text.substring(from, to));
                    }
                    probe.region(q - from, to - from);
                    if (probe.lookingAt()) {
                        return keep(probe, pattern, from);
                    }
                }
            }
            return false;
        }

        /** {@link #find} trying only the range's start and the positions of characters a match can begin with. */
        private boolean findFromStarts(CompiledGrammar.Pattern pattern, CharSet start, int from, int to, Text node) {
            Matcher probe = null;
            for (int q = from; q < to; q++) {
                if (q == from || start.contains(chars[q])) {
                    if (probe == null) {
                        probe = probe(pattern, node != null ? node.literal() : text.substring(from, to));
                    }
                    probe.region(q - from, to - from);
                    if (probe.lookingAt()) {
                        return keep(probe, pattern, from);
                    }
                }
            }
            return false;
        }

        /** Keeps the match of {@code matcher}, whose positions are {@code offset} less than in {@link #text}. */
        private boolean keep(Matcher matcher, CompiledGrammar.Pattern pattern, int offset) {
            matchStart = matcher.start() + offset;
            matchEnd = matcher.end() + offset;
            if (pattern.lookbehind()) {
                int start = matcher.start(1); // throws as prism4j's group(1) does when there is no group 1
                groupOneStart = start < 0 ? -1 : start + offset;
                groupOneEnd = start < 0 ? -1 : matcher.end(1) + offset;
            }
            return true;
        }

        private static boolean asciiWord(char c) {
            return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private Matcher probe(CompiledGrammar.Pattern pattern, String literal) {
            int slot = pattern.slot();
            Matcher probe = probes[slot];
            if (probe == null || probe.pattern() != pattern.regex()) {
                probe = pattern.regex().matcher(literal).useTransparentBounds(true).useAnchoringBounds(false);
                probes[slot] = probe;
            } else {
                probe.reset(literal);
            }
            return probe;
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
                        final int deleteCount;
                        final boolean greedyMatch;
                        if (greedy && i != entries.size() - 1) {
                            if (!find(pattern, position, hi, null)) {
                                break;
                            }
                            int from = matchStart;
                            if (lookbehind) {
                                from += groupOneLength();
                            }
                            final int to = matchEnd;
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
                            deleteCount = 1;
                            greedyMatch = false;
                        }
                        if (!greedyMatch && !find(pattern, strStart, strEnd, (Text) node)) {
                            if (oneShot) {
                                break;
                            }
                            continue;
                        }
                        if (lookbehind) {
                            lookbehindLength = groupOneStart < 0 ? 0 : groupOneEnd - groupOneStart;
                        }
                        final int from = this.matchStart - strStart + lookbehindLength;
                        final int matchStart = strStart + from;
                        final int matchEnd = this.matchEnd;
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
                                matchEnd, greedy, inside != null, pattern.openTag()));
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
        private int groupOneLength() {
            if (groupOneStart < 0) {
                throw new NullPointerException("group 1 of a greedy lookbehind pattern did not take part in the match");
            }
            return groupOneEnd - groupOneStart;
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
        /** The substring, once asked for (by {@link Run#find} or a caller); confined to one thread. */
        private String literal;

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
            if (literal == null) {
                literal = source.substring(start, end);
            }
            return literal;
        }

        /** The whole text this is a range of (for {@link HtmlLines}, which copies nothing out). */
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
        private final String openTag;

        Syntax(String type, List<Prism4j.Node> children, String alias, String source, int start, int end,
               boolean greedy, boolean tokenized, String openTag) {
            this.openTag = openTag;
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

        /** The HTML tag that opens this token ({@link HtmlLines#openTag} of its type and alias). */
        String openTag() {
            return openTag;
        }
    }
}
