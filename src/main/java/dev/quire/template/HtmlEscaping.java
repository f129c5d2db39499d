package dev.quire.template;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping (autoescaping and {@code |escape}), written out: {@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;} and every other character stays, the same bytes as Pebble's own
 * strategy ({@code HtmlEscape.escapeHtml4Xml} of unbescape). That one sets up unbescape's tables of all
 * HTML 5 character references on its first call: 100 ms of a cold JVM, during which every page thread
 * waited for the class to be initialised, in each build and each rebuild. The renderers and the code
 * blocks escape the HTML they write themselves with {@link #escaped} and {@link #escapeTo} too, so all agree.
 */
public final class HtmlEscaping implements EscapingStrategy {

    /** {@code s} with the five characters replaced; {@code s} itself when it has none. */
    public static String escaped(String s) {
        int first = 0;
        while (first < s.length() && replacement(s.charAt(first)) == null) first++;
        if (first == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        escapeTo(out, s, first, s.length());
        return out.toString();
    }

    /** Appends {@code text[from..to)} escaped to {@code out}; the characters between escaped ones go in one piece. */
    public static void escapeTo(StringBuilder out, String text, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement == null) continue;
            out.append(text, run, i).append(replacement);
            run = i + 1;
        }
        out.append(text, run, to);
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    @Override
    public String escape(String input) {
        return escaped(input);
    }
}
