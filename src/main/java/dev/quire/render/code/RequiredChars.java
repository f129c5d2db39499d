package dev.quire.render.code;

/** Stub. */
final class RequiredChars {

    static final RequiredChars ANY = new RequiredChars();

    static RequiredChars of(java.util.regex.Pattern regex) {
        return ANY;
    }

    boolean occursIn(String text, int from, int to) {
        return true;
    }
}
