package dev.quire.render.code;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a regex's source says about where its matches can be, so that {@link Tokenizer} can search less
 * without finding anything else:
 * <ul>
 * <li>{@link #required()}: characters one of which every match needs within the region searched (a
 *     character it consumes, or one a positive lookaround must see). A range without any of them
 *     cannot hold a match, so it is not searched. Most Prism patterns need a rare character
 *     ({@code #}, a quote, {@code <}), which the text nodes left to them mostly lack.</li>
 * <li>{@link #anchor()} and {@link #reach()}: a match starting at {@code q} consumes one of the anchor
 *     characters somewhere in {@code [q, q + reach]}, so only positions up to {@code reach} before an
 *     anchor character are tried (with {@link #wordStart()}: a {@code \b}-led word list, tried only
 *     where no ASCII word character comes just before).</li>
 * <li>{@link #spaced()}: the same with a rare anchor whose distance from the start is bounded once
 *     whitespace runs are left out of it.</li>
 * <li>{@link #single()}: the regex is one character class of ASCII characters (or one character), so
 *     its first match in a range is the first of those characters there, found without the regex.</li>
 * <li>{@link #identifierStart()}: the regex opens with {@code (?:#|(?<![S]))[S]} (the identifier guard of
 *     {@link JavaScriptGrammar#IDENT_LED}), so a match starts only at a {@code #} or at a character that
 *     may be in {@code S} right after one that is not (or at the start of the range).</li>
 * <li>{@link #start()}: the characters a match can begin with, when it cannot be empty (a {@code ^}
 *     matches only at the start of the range), so that only those positions and the range's start are tried.</li>
 * <li>{@link #keywordStart()}: the regex is JavaScript's keyword form {@code (^|[^.]|\.\.\.\s*)\b(?:…)…}
 *     whose rest starts a word with a character of a set {@code W}, so a match starts only at the
 *     start of the range, at a {@code .}, or just before a character of {@code W} that starts a word.</li>
 * </ul>
 * A small parser works these out from the syntax the grammars use and gives up (nothing known) on
 * anything else: inline flags, class unions and intersections, Unicode properties, quoting, {@code \G},
 * surrogates, and the flags that change how the source reads.
 */
final class RegexFacts {

    /** Nothing known: every range is searched, every position tried. */
    static final RegexFacts NONE = new RegexFacts(null, null, 0, false, null, null, null, null, null);

    /** A rare anchor may come this many non-space characters after the start, whitespace runs aside. */
    private static final int MAX_SPACED_REACH = 8;
    private static final int MAX_SPACED_WEIGHT = 4;

    /** Start sets with more ASCII characters than this would rarely skip a position. */
    private static final int MAX_START_WEIGHT = 40;

    /** The lookbehind group of JavaScript's keyword pattern (see {@link #keywordStart()}). */
    private static final String KEYWORD_PREFIX = "(^|[^.]|\\.\\.\\.\\s*)";

    /** Anchor sets with more ASCII characters than this would rarely skip a position. */
    private static final int MAX_ANCHOR_WEIGHT = 24;
    /** How far before an anchor character a match may start, at most, for the anchor to be used. */
    private static final int MAX_REACH = 3;

    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ
            | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final CharSet required;
    private final CharSet anchor;
    private final int reach;
    private final boolean wordStart;
    private final CharSet skip;
    private final CharSet single;
    private final CharSet identifierStart;
    private final CharSet keywordStart;
    private final CharSet start;

    private RegexFacts(CharSet required, CharSet anchor, int reach, boolean wordStart, CharSet skip, CharSet single,
                       CharSet identifierStart, CharSet keywordStart, CharSet start) {
        this.skip = skip;
        this.keywordStart = keywordStart;
        this.start = start;
        this.required = required;
        this.anchor = anchor;
        this.reach = reach;
        this.wordStart = wordStart;
        this.single = single;
        this.identifierStart = identifierStart;
    }

    /** What the source of {@code regex} tells, or {@link #NONE}. */
    static RegexFacts of(Pattern regex) {
        if ((regex.flags() & UNSUPPORTED_FLAGS) != 0) {
            return NONE;
        }
        try {
            boolean caseInsensitive = (regex.flags() & Pattern.CASE_INSENSITIVE) != 0;
            Parser parser = new Parser(regex.pattern(), caseInsensitive);
            parser.multiline = (regex.flags() & Pattern.MULTILINE) != 0;
            Facts facts = parser.alternation();
            if (parser.pos != parser.source.length()) {
                return NONE;
            }
            CharSet anchor = null;
            int reach = 0;
            boolean wordStart = false;
            if (facts.anchor != null && facts.anchorReach <= MAX_REACH) {
                wordStart = facts.anchorReach == 0 && parser.topLevelWordStart && facts.anchor.onlyAsciiWord();
                if (wordStart || facts.anchor.weight() <= MAX_ANCHOR_WEIGHT) {
                    anchor = facts.anchor;
                    reach = facts.anchorReach;
                }
            }
            CharSet start = !facts.nullable && facts.first.weight() <= MAX_START_WEIGHT ? facts.first : null;
            if (anchor != null && !wordStart && start != null && start.weight() < anchor.weight() * (reach + 1)) {
                // Each anchor character makes reach + 1 positions to try; the start set, one.
                anchor = null;
                reach = 0;
            }
            CharSet skip = null;
            if (anchor == null && start == null) {
                // A rare anchor behind runs of whitespace, else behind runs of identifier characters and whitespace.
                for (CharSet runs : List.of(SPACE, WORD_OR_SPACE)) {
                    Parser again = new Parser(regex.pattern(), caseInsensitive);
                    again.multiline = parser.multiline;
                    again.skip = runs;
                    Facts spaced = again.alternation();
                    if (spaced.spaced != null && spaced.spacedReach <= MAX_SPACED_REACH
                            && spaced.spaced.weight() <= MAX_SPACED_WEIGHT) {
                        anchor = spaced.spaced;
                        reach = spaced.spacedReach;
                        skip = runs;
                        break;
                    }
                }
            }
            return new RegexFacts(facts.required, anchor, reach, wordStart && anchor != null, skip,
                    single(regex.pattern(), caseInsensitive), regex.flags() == 0 ? identifierStart(regex.pattern()) : null,
                    regex.flags() == 0 ? keywordStart(regex.pattern()) : null, start);
        } catch (Unsupported e) {
            return NONE;
        }
    }

    /** The class, when {@code source} is one class ({@code [...]}) or one plain character of ASCII only; else null. */
    private static CharSet single(String source, boolean caseInsensitive) throws Unsupported {
        Parser parser = new Parser(source, caseInsensitive);
        CharSet set;
        if (source.startsWith("[")) {
            parser.pos = 1;
            set = parser.charClass();
        } else if (source.length() == 1 && "()[]{}.*+?^$|\\".indexOf(source.charAt(0)) < 0) {
            set = parser.single(source.charAt(0));
            parser.pos = 1;
        } else {
            return null;
        }
        return parser.pos == source.length() && set.asciiOnly() ? set : null;
    }

    /**
     * {@code W} when {@code source} is {@link #KEYWORD_PREFIX} followed by a regex that only matches at
     * a word start, beginning with a character of {@code W} (ASCII word characters only); else null.
     */
    private static CharSet keywordStart(String source) {
        if (!source.startsWith(KEYWORD_PREFIX)) {
            return null;
        }
        RegexFacts rest = of(Pattern.compile(source.substring(KEYWORD_PREFIX.length())));
        return rest.wordStart() && rest.reach() == 0 ? rest.anchor() : null;
    }

    /** {@code S} when {@code source} opens with {@code (?:#|(?<![S]))[S]}; else null. */
    private static CharSet identifierStart(String source) throws Unsupported {
        String open = "(?:#|(?<![";
        int close = source.indexOf("]))[", open.length());
        if (!source.startsWith(open) || close < 0) {
            return null;
        }
        String members = source.substring(open.length(), close);
        if (members.isEmpty() || members.contains("[") || members.contains("]") || members.startsWith("^")
                || !source.startsWith("]))[" + members + "]", close)) {
            return null;
        }
        Parser parser = new Parser("[" + members + "]", false);
        parser.pos = 1;
        CharSet set = parser.charClass();
        return parser.pos == members.length() + 2 ? set : null;
    }

    /** Characters one of which every match needs in its region; null when nothing is known. */
    CharSet required() {
        return required;
    }

    /** Characters one of which a match consumes within {@link #reach()} of its start; null when unknown. */
    CharSet anchor() {
        return anchor;
    }

    int reach() {
        return reach;
    }

    /** Whether a match needs a word boundary at its start, with an ASCII word character there. */
    boolean wordStart() {
        return wordStart;
    }

    /**
     * Null, or the characters {@link #reach()} does not count: then a match starting at {@code q} has
     * an anchor character at some {@code a} (consumed, or seen by a lookahead) with at most {@code reach}
     * characters outside this set in {@code [q, a)}: a rare anchor behind {@code \\s*} (JavaScript's
     * regex literals), or behind an identifier ({@code (} or {@code <} after a function name).
     * Characters above ASCII all count as in the set.
     */
    CharSet skip() {
        return skip;
    }

    /** The regex's one class when it is nothing else and holds only ASCII characters; null otherwise. */
    CharSet single() {
        return single;
    }

    /**
     * The identifier class {@code S} of a regex opening with {@code (?:#|(?<![S]))[S]}, or null. Its ASCII
     * members are exact: a match cannot start at an ASCII character outside {@code S} other than {@code #},
     * nor right after an ASCII character in {@code S}, except at the start of the range.
     */
    CharSet identifierStart() {
        return identifierStart;
    }

    /**
     * {@code W} of a regex of the form {@code (^|[^.]|\.\.\.\s*)\b(?:…)}, or null: a match starts
     * at the start of the range, at a {@code .}, or right before a character of {@code W} (all ASCII word
     * characters) that no ASCII word character precedes.
     */
    CharSet keywordStart() {
        return keywordStart;
    }

    /**
     * The characters one of which a match consumes first, or null when unknown or too many; a match
     * away from the start of the range starts at one of them (a {@code ^} without {@code MULTILINE}
     * matches only at the start).
     */
    CharSet start() {
        return start;
    }

    @Override
    public String toString() {
        return "required=" + required + " anchor=" + anchor + " reach=" + reach + (wordStart ? " wordStart" : "")
                + (skip == SPACE ? " spaced" : skip != null ? " spaced+word" : "")
                + (single != null ? " single=" + single : "") + (identifierStart != null ? " identifierStart" : "")
                + (keywordStart != null ? " keywordStart=" + keywordStart : "")
                + (start != null ? " start=" + start : "");
    }

    /**
     * What a part of a regex needs: {@code required} (or null), the characters its match can start
     * with away from the start of the range, whether it can match nothing there, its longest match (-1 for unbounded), and the best anchor
     * found so far inside it with its reach.
     */
    private record Facts(CharSet required, CharSet first, boolean nullable, int maxLength, CharSet anchor,
                         int anchorReach, int nonSpaceMax, CharSet spaced, int spacedReach) {

        Facts(CharSet required, CharSet first, boolean nullable, int maxLength, CharSet anchor, int anchorReach) {
            this(required, first, nullable, maxLength, anchor, anchorReach, maxLength, null, 0);
        }


        static Facts zeroWidth(CharSet required) {
            return new Facts(required, new CharSet(), true, 0, null, 0);
        }

        static Facts anything() {
            return new Facts(null, CharSet.all(), true, -1, null, 0);
        }
    }

    /** Java's {@code \\s} without {@code UNICODE_CHARACTER_CLASS}. */
    private static final CharSet SPACE = spaces();

    private static CharSet spaces() {
        CharSet set = new CharSet();
        for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
            set.add(c, false);
        }
        return set;
    }

    /** {@code \\w}, {@code $}, every character above ASCII, and {@link #SPACE}. */
    private static final CharSet WORD_OR_SPACE = wordOrSpace();

    private static CharSet wordOrSpace() {
        CharSet set = new CharSet();
        set.addAll(SPACE);
        set.addRange('a', 'z', false);
        set.addRange('A', 'Z', false);
        set.addRange('0', '9', false);
        set.add('_', false);
        set.add('$', false);
        set.add(0xA0, false);
        return set;
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the regex source. */
    private static final class Parser {
        final String source;
        final boolean caseInsensitive;
        int pos;
        int depth;
        /** Characters whose runs {@link Facts#nonSpaceMax()} does not count. */
        CharSet skip = SPACE;
        /** Whether {@code ^} matches after line ends too (else only at the start, which ends every other path). */
        boolean multiline;
        /**
         * Whether the top level is one sequence that opens with {@code \b}, or with a group (not
         * quantified) that is one sequence opening with {@code \b}.
         */
        boolean topLevelWordStart;
        /** Whether the source opens with a group, until that group closes. */
        private boolean inLeadingGroup;

        Parser(String source, boolean caseInsensitive) {
            this.source = source;
            this.caseInsensitive = caseInsensitive;
            int lead = source.startsWith("(\\b") ? 1 : source.startsWith("(?:\\b") ? 3 : 0;
            this.inLeadingGroup = lead > 0;
            this.topLevelWordStart = source.startsWith("\\b", lead)
                    && (source.length() == lead + 2 || "?*+{".indexOf(source.charAt(lead + 2)) < 0);
        }

        private Facts consuming(CharSet set) {
            return new Facts(set, set, false, 1, set, 0, set.within(skip) ? 0 : 1, set, 0);
        }

        private boolean more() {
            return pos < source.length();
        }

        private char peek() {
            return source.charAt(pos);
        }

        private boolean eat(String s) {
            if (source.startsWith(s, pos)) {
                pos += s.length();
                return true;
            }
            return false;
        }

        /** Branches separated by {@code |}, up to a {@code )} or the end. */
        Facts alternation() throws Unsupported {
            Facts union = sequence();
            while (more() && peek() == '|') {
                pos++;
                if (depth == 0 || depth == 1 && inLeadingGroup) {
                    topLevelWordStart = false;
                }
                Facts branch = sequence();
                CharSet required = union.required == null || branch.required == null ? null
                        : union.required.union(branch.required);
                CharSet anchor = union.anchor == null || branch.anchor == null ? null : union.anchor.union(branch.anchor);
                CharSet spaced = union.spaced == null || branch.spaced == null ? null : union.spaced.union(branch.spaced);
                union = new Facts(required, union.first.union(branch.first), union.nullable || branch.nullable,
                        union.maxLength < 0 || branch.maxLength < 0 ? -1 : Math.max(union.maxLength, branch.maxLength),
                        anchor, Math.max(union.anchorReach, branch.anchorReach),
                        union.nonSpaceMax < 0 || branch.nonSpaceMax < 0 ? -1 : Math.max(union.nonSpaceMax, branch.nonSpaceMax),
                        spaced, Math.max(union.spacedReach, branch.spacedReach));
            }
            return union;
        }

        /**
         * Items in a row. The anchor is the rarest first set among items that must consume, within a
         * bounded distance of the start (the longest the items before them can take).
         */
        private Facts sequence() throws Unsupported {
            CharSet required = null;
            CharSet first = new CharSet();
            boolean nullable = true;
            int maxLength = 0;
            CharSet anchor = null;
            int anchorReach = 0;
            int nonSpaceMax = 0;
            CharSet spaced = null;
            int spacedReach = 0;
            while (more() && peek() != '|' && peek() != ')') {
                Facts item = quantified(atom());
                if (item.required != null && (required == null || item.required.weight() < required.weight())) {
                    required = item.required;
                }
                if (nullable) {
                    first = first.union(item.first);
                }
                if (maxLength >= 0 && item.anchor != null
                        && (anchor == null || item.anchor.weight() < anchor.weight())) {
                    anchor = item.anchor;
                    anchorReach = maxLength + item.anchorReach;
                }
                if (nonSpaceMax >= 0 && item.spaced != null
                        && (spaced == null || item.spaced.weight() < spaced.weight())) {
                    spaced = item.spaced;
                    spacedReach = nonSpaceMax + item.spacedReach;
                }
                nullable &= item.nullable;
                maxLength = maxLength < 0 || item.maxLength < 0 ? -1 : maxLength + item.maxLength;
                nonSpaceMax = nonSpaceMax < 0 || item.nonSpaceMax < 0 ? -1 : nonSpaceMax + item.nonSpaceMax;
            }
            return new Facts(required, first, nullable, maxLength, anchor, anchorReach, nonSpaceMax, spaced, spacedReach);
        }

        /** Applies a quantifier, if one follows, to what the atom needs. */
        private Facts quantified(Facts atom) throws Unsupported {
            if (!more()) {
                return atom;
            }
            int min;
            int max;
            char c = peek();
            if (c == '*' || c == '?' || c == '+') {
                pos++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
            } else if (c == '{') {
                int close = source.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = source.substring(pos + 1, close);
                if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
                    throw new Unsupported();
                }
                String[] bounds = body.split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                pos = close + 1;
            } else {
                return atom;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                pos++;
            }
            int maxLength = max < 0 || atom.maxLength < 0 ? (max == 0 || atom.maxLength == 0 ? 0 : -1) : max * atom.maxLength;
            int nonSpaceMax = max < 0 || atom.nonSpaceMax < 0 ? (max == 0 || atom.nonSpaceMax == 0 ? 0 : -1)
                    : max * atom.nonSpaceMax;
            if (min == 0) {
                return new Facts(null, atom.first, true, maxLength, null, 0, nonSpaceMax, null, 0);
            }
            return new Facts(atom.required, atom.first, atom.nullable, maxLength, atom.anchor, atom.anchorReach,
                    nonSpaceMax, atom.spaced, atom.spacedReach);
        }

        private Facts atom() throws Unsupported {
            char c = source.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return consuming(charClass());
                case '\\':
                    return escape();
                case '.':
                    return new Facts(null, CharSet.all(), false, 1, null, 0);
                case '^':
                    // Away from the start of the range no match goes through a ^: for the start set it
                    // is a dead end (it consumes nothing, and it cannot be passed).
                    return multiline ? Facts.zeroWidth(null) : new Facts(null, new CharSet(), false, 0, null, 0);
                case '$':
                    return Facts.zeroWidth(null);
                case '*':
                case '+':
                case '?':
                case '{':
                case '}':
                case ']':
                    throw new Unsupported();
                default:
                    return consuming(single(c));
            }
        }

        private CharSet single(int c) throws Unsupported {
            if (Character.isSurrogate((char) c)) {
                throw new Unsupported();
            }
            CharSet set = new CharSet();
            set.add(c, caseInsensitive);
            return set;
        }

        private Facts group() throws Unsupported {
            int kind; // 0 plain group, 1 positive lookbehind, 2 negative lookaround, 3 positive lookahead
            if (eat("?:") || eat("?>")) {
                kind = 0;
            } else if (eat("?=")) {
                kind = 3;
            } else if (eat("?<=")) {
                kind = 1;
            } else if (eat("?!") || eat("?<!")) {
                kind = 2;
            } else if (more() && peek() == '?') {
                throw new Unsupported(); // named groups, inline flags
            } else {
                kind = 0;
            }
            depth++;
            Facts inner = alternation();
            depth--;
            if (!eat(")")) {
                throw new Unsupported();
            }
            if (depth == 0 && inLeadingGroup) {
                inLeadingGroup = false;
                if (more() && "?*+{".indexOf(peek()) >= 0) {
                    topLevelWordStart = false; // the group may be left out
                }
            }
            return switch (kind) {
                case 0 -> inner;
                case 1 -> Facts.zeroWidth(inner.required);
                // what a lookahead sees lies ahead as a consumed character would: it can anchor
                case 3 -> new Facts(inner.required, new CharSet(), true, 0, inner.anchor, inner.anchorReach, 0,
                        inner.spaced, inner.spacedReach);
                default -> Facts.zeroWidth(null);
            };
        }

        /** {@code [...]}: its characters, or for {@code [^...]} every other one. */
        private CharSet charClass() throws Unsupported {
            boolean negated = eat("^");
            CharSet set = new CharSet();
            boolean first = true;
            while (true) {
                if (!more()) {
                    throw new Unsupported();
                }
                char c = peek();
                if (c == ']') {
                    if (first) {
                        throw new Unsupported(); // Java's reading of a leading ] is not worth guessing
                    }
                    pos++;
                    break;
                }
                if (c == '[' || source.startsWith("&&", pos)) {
                    throw new Unsupported();
                }
                first = false;
                int from = classChar(set);
                if (from < 0) {
                    continue; // a shorthand such as \s, already added
                }
                if (more() && peek() == '-' && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
                    pos++;
                    int to = classChar(null);
                    if (to < from) {
                        throw new Unsupported();
                    }
                    set.addRange(from, to, caseInsensitive);
                } else {
                    set.add(from, caseInsensitive);
                }
            }
            return negated ? set.complement() : set;
        }

        /**
         * One member of a class: returns the character, or -1 after adding a shorthand class to
         * {@code set} (which must then not be the end of a range).
         */
        private int classChar(CharSet set) throws Unsupported {
            char c = source.charAt(pos++);
            if (Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            if (c != '\\') {
                return c;
            }
            if (!more()) {
                throw new Unsupported();
            }
            char e = peek();
            if ("dswDSW".indexOf(e) >= 0) {
                if (set == null) {
                    throw new Unsupported();
                }
                pos++;
                set.addAll(shorthand(e));
                return -1;
            }
            return escapedChar();
        }

        /** After a backslash outside a class. */
        private Facts escape() throws Unsupported {
            if (!more()) {
                throw new Unsupported();
            }
            char e = peek();
            if ("dswDSW".indexOf(e) >= 0) {
                pos++;
                return consuming(shorthand(e));
            }
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z') {
                pos++;
                return Facts.zeroWidth(null);
            }
            if (e >= '1' && e <= '9') {
                pos++;
                while (more() && Character.isDigit(peek())) {
                    pos++;
                }
                return Facts.anything(); // a back-reference
            }
            return consuming(single(escapedChar()));
        }

        /** The character an escape such as {@code \n}, {@code \x41}, {@code \u00e9} or {@code \.} stands for. */
        private int escapedChar() throws Unsupported {
            char e = source.charAt(pos++);
            switch (e) {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'a':
                    return '\u0007';
                case 'e':
                    return '\u001B';
                case 'x':
                    return hex(2);
                case 'u':
                    return hex(4);
                default:
                    if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                        throw new Unsupported(); // \p, \Q, \k, \0, \c, \h, \R … and back-references in classes
                    }
                    return e;
            }
        }

        private int hex(int digits) throws Unsupported {
            if (pos + digits > source.length()) {
                throw new Unsupported();
            }
            String hex = source.substring(pos, pos + digits);
            if (!hex.matches("[0-9a-fA-F]+")) {
                throw new Unsupported();
            }
            pos += digits;
            int c = Integer.parseInt(hex, 16);
            if (Character.isSurrogate((char) c)) {
                throw new Unsupported();
            }
            return c;
        }

        /** {@code \d \s \w} (ASCII, as Java has them without UNICODE_CHARACTER_CLASS) and their negations. */
        private CharSet shorthand(char e) {
            CharSet set = new CharSet();
            switch (Character.toLowerCase(e)) {
                case 'd':
                    set.addRange('0', '9', false);
                    break;
                case 's':
                    for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                        set.add(c, false);
                    }
                    break;
                default:
                    set.addRange('a', 'z', false);
                    set.addRange('A', 'Z', false);
                    set.addRange('0', '9', false);
                    set.add('_', false);
                    break;
            }
            return Character.isUpperCase(e) ? set.complement() : set;
        }
    }
}
