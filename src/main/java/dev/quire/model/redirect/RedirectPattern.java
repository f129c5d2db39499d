package dev.quire.model.redirect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source of a redirect as the hosts that read {@code _redirects} match it: one {@code *} (splat)
 * that matches any characters, {@code :name} segments that match one path segment, everything else
 * literally. A match yields the captures that {@link #expand} puts into the target.
 */
public final class RedirectPattern {

    static final Pattern PLACEHOLDER_SEGMENT = Pattern.compile("(?<=/):([A-Za-z_][A-Za-z0-9_]*)(?=/|$)");
    static final Pattern PLACEHOLDER_USE = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    private final String source;
    private final Pattern regex;
    private final List<String> names;

    private RedirectPattern(String source, Pattern regex, List<String> names) {
        this.source = source;
        this.regex = regex;
        this.names = names;
    }

    public static boolean isDynamic(String from) {
        return from.indexOf('*') >= 0 || PLACEHOLDER_SEGMENT.matcher(from).find();
    }

    public static RedirectPattern of(String from) {
        StringBuilder re = new StringBuilder();
        List<String> names = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER_SEGMENT.matcher(from);
        int at = 0;
        while (m.find()) {
            literal(from.substring(at, m.start()), re, names);
            re.append("([^/]+)");
            names.add(m.group(1));
            at = m.end();
        }
        literal(from.substring(at), re, names);
        return new RedirectPattern(from, Pattern.compile(re.toString()), List.copyOf(names));
    }

    private static void literal(String text, StringBuilder re, List<String> names) {
        int star = text.indexOf('*');
        if (star < 0) {
            if (!text.isEmpty()) re.append(Pattern.quote(text));
            return;
        }
        if (star > 0) re.append(Pattern.quote(text.substring(0, star)));
        re.append("(.*)");
        names.add("splat");
        literal(text.substring(star + 1), re, names);
    }

    public String source() {
        return source;
    }

    /** The captures of a path this pattern matches ({@code splat} and placeholder names), or empty. */
    public Optional<Map<String, String>> match(String path) {
        Matcher m = regex.matcher(path);
        if (!m.matches()) return Optional.empty();
        Map<String, String> captures = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) captures.put(names.get(i), m.group(i + 1));
        return Optional.of(captures);
    }

    /** The target with {@code :splat} and {@code :name} replaced by the captures of a match. */
    public static String expand(String target, Map<String, String> captures) {
        Matcher m = PLACEHOLDER_USE.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = captures.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
