package dev.quire.render.code;

/**
 * A set of characters as {@link RegexFacts} needs it: exact for ASCII, and above ASCII either every
 * character or none (code is mostly ASCII, so that loses little). Mutable only while it is built.
 */
final class CharSet {

    private final boolean[] ascii = new boolean[128];
    private boolean nonAscii;
    /** The ASCII members as bits, 0-63 and 64-127, kept with {@link #ascii} (for {@link #meets}). */
    private long low;
    private long high;

    /** Every character. */
    static CharSet all() {
        return new CharSet().complement();
    }

    /** Adds {@code c}, and under case-insensitive matching its other ASCII case (Java folds no others by default). */
    void add(int c, boolean caseInsensitive) {
        if (c >= 128) {
            nonAscii = true;
            return;
        }
        set(c);
        if (caseInsensitive && Character.isLetter(c)) {
            set(Character.toLowerCase(c));
            set(Character.toUpperCase(c));
        }
    }

    private void set(int c) {
        ascii[c] = true;
        if (c < 64) {
            low |= 1L << c;
        } else {
            high |= 1L << (c - 64);
        }
    }

    void addRange(int from, int to, boolean caseInsensitive) {
        for (int c = from; c <= to && c < 128; c++) {
            add(c, caseInsensitive);
        }
        if (to >= 128) {
            nonAscii = true;
        }
    }

    void addAll(CharSet other) {
        for (int c = 0; c < 128; c++) {
            if (other.ascii[c]) {
                set(c);
            }
        }
        nonAscii |= other.nonAscii;
    }

    CharSet complement() {
        CharSet set = new CharSet();
        for (int c = 0; c < 128; c++) {
            if (!ascii[c]) {
                set.set(c);
            }
        }
        set.nonAscii = true;
        return set;
    }

    CharSet union(CharSet other) {
        CharSet set = new CharSet();
        set.addAll(this);
        set.addAll(other);
        return set;
    }

    boolean contains(char c) {
        return c < 128 ? ascii[c] : nonAscii;
    }

    /**
     * Whether a text whose ASCII characters are the bits {@code low} (0-63) and {@code high} (64-127),
     * and which has characters above ASCII if {@code nonAsciiPresent}, holds a character of this set
     * (for characters above ASCII, one of the set's may be among them).
     */
    boolean meets(long low, long high, boolean nonAsciiPresent) {
        return (this.low & low) != 0 || (this.high & high) != 0 || nonAscii && nonAsciiPresent;
    }

    /** Whether every character of this set is in {@code other}. */
    boolean within(CharSet other) {
        return (low & ~other.low) == 0 && (high & ~other.high) == 0 && (!nonAscii || other.nonAscii);
    }

    /** Whether {@code c} is in the set, when it is ASCII (exactly as the regex reads it). */
    boolean containsAscii(char c) {
        return c < 128 && ascii[c];
    }

    /** Whether the set holds no character above ASCII (so it is exact). */
    boolean asciiOnly() {
        return !nonAscii;
    }

    /** The first index in {@code [from, to)} of a character of the set, or -1. */
    int indexIn(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 128 ? ascii[c] : nonAscii) {
                return i;
            }
        }
        return -1;
    }

    /** Whether only ASCII letters, digits and {@code _} are in the set. */
    boolean onlyAsciiWord() {
        if (nonAscii) {
            return false;
        }
        for (int c = 0; c < 128; c++) {
            if (ascii[c] && !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Smaller is rarer: the ASCII count, and everything above ASCII as if it were a handful. */
    int weight() {
        int n = nonAscii ? 4 : 0;
        for (boolean b : ascii) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** The ASCII characters as they are, then {@code +nonascii} if those count (for tests). */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (ascii[c]) {
                out.append(c);
            }
        }
        return nonAscii ? out + "+nonascii" : out.toString();
    }
}
