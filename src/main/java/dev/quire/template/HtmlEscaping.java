package dev.quire.template;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping (autoescaping and {@code |escape}), written out: {@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;} and every other character stays, the same bytes as Pebble's own
 * strategy ({@code HtmlEscape.escapeHtml4Xml} of unbescape). That one sets up unbescape's tables of all
 * HTML 5 character references on its first call: 100 ms of a cold JVM, during which every page thread
 * waited for the class to be initialised, in each build and each rebuild.
 */
final class HtmlEscaping implements EscapingStrategy {

    @Override
    public String escape(String input) {
        int first = 0;
        while (first < input.length() && replacement(input.charAt(first)) == null) first++;
        if (first == input.length()) return input;
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            String r = replacement(c);
            if (r == null) out.append(c);
            else out.append(r);
        }
        return out.toString();
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
}
