package dev.quire.template;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping (autoescaping and {@code |escape}), written out: {@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;} and every other character stays, the same bytes as Pebble's own
 * strategy ({@code HtmlEscape.escapeHtml4Xml} of unbescape). That one sets up unbescape's tables of all
 * HTML 5 character references on its first call: 100 ms of a cold JVM, during which every page thread
 * waited for the class to be initialised, in each build and each rebuild. The renderers escape the HTML
 * they write themselves with {@link #escaped} too, so that both agree.
 */
public final class HtmlEscaping implements EscapingStrategy {

    /** {@code s} with the five characters replaced; {@code s} itself when it has none. */
    public static String escaped(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(replacement);
            } else if (out != null) {
                out.append(s.charAt(i));
            }
        }
        return out == null ? s : out.toString();
    }

    @Override
    public String escape(String input) {
        return escaped(input);
    }
}
