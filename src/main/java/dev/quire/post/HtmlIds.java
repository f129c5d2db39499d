package dev.quire.post;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fragment targets of a finished HTML page: every {@code id} attribute and every {@code <a name>}.
 * A scan of the page's text rather than a DOM: text and code on the page have their quotes escaped,
 * so only real attributes match.
 */
public final class HtmlIds {

    private static final Pattern ID = Pattern.compile("<(?:[a-zA-Z][^<>]*?\\sid|a\\s[^<>]*?\\bname)\\s*=\\s*\"([^\"]*)\"");

    private HtmlIds() {
    }

    public static Set<String> of(String html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) ids.add(decode(m.group(1)));
        return ids;
    }

    private static String decode(String value) {
        return value.indexOf('&') < 0 ? value
                : value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
