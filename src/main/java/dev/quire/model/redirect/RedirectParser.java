package dev.quire.model.redirect;

import dev.quire.diag.Diagnostics;
import dev.quire.diag.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads one file in {@code _redirects} syntax: a rule a line, {@code FROM TO [STATUS]} separated by
 * spaces or tabs, blank lines and {@code #} comments (also after a rule). Each malformed line is a
 * diagnostic at its field and is left out; the rest are returned in file order.
 */
public final class RedirectParser {

    public static final int DEFAULT_STATUS = 301;
    static final Set<Integer> STATUSES = Set.of(301, 302, 307, 308);
    private static final String STATUS_HINT = "use 301 (moved permanently), 302 (found), 307 or 308; 301 is used when the status is left out";

    private RedirectParser() {
    }

    /** A field of a line and its 1-based column. */
    private record Field(String text, int column) {
    }

    public static List<RedirectRule> parse(SourceText file, Diagnostics diagnostics) {
        List<RedirectRule> rules = new ArrayList<>();
        for (int line = 1; line <= file.lineCount(); line++) {
            List<Field> fields = fields(file.line(line));
            if (fields.isEmpty()) continue;
            RedirectRule rule = rule(file, line, fields, diagnostics);
            if (rule != null) rules.add(rule);
        }
        return rules;
    }

    private static List<Field> fields(String text) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= text.length() || text.charAt(i) == '#') break;
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            fields.add(new Field(text.substring(start, i), start + 1));
        }
        return fields;
    }

    private static RedirectRule rule(SourceText file, int line, List<Field> fields, Diagnostics diagnostics) {
        Field from = fields.get(0);
        if (fields.size() == 1) {
            int end = from.column() + from.text().length();
            diagnostics.add(file.errorAt(line, end, "redirect '" + from.text() + "' has no target")
                    .withHint("a rule is FROM TO [STATUS], e.g. /old-page/ /new-page/ 301"));
            return null;
        }
        if (fields.size() > 3) {
            Field extra = fields.get(3);
            diagnostics.add(file.errorAt(line, extra.column(), "unexpected '" + extra.text() + "' after the status")
                    .withHint("a rule is FROM TO [STATUS]; host-specific options and conditions are not supported"));
            return null;
        }
        Field to = fields.get(1);
        int status = DEFAULT_STATUS;
        int statusColumn = 0;
        if (fields.size() == 3) {
            Field s = fields.get(2);
            statusColumn = s.column();
            Integer parsed = s.text().matches("\\d{1,3}") ? Integer.valueOf(s.text()) : null;
            if (parsed == null || !STATUSES.contains(parsed)) {
                String what = parsed == null ? "status '" + s.text() + "' is not a number"
                        : "status " + parsed + " is not a redirect status";
                diagnostics.add(file.errorAt(line, s.column(), what).withHint(STATUS_HINT));
                return null;
            }
            status = parsed;
        }
        RedirectRule rule = new RedirectRule(from.text(), to.text(), status, file, line, from.column(), to.column(), statusColumn);
        return checkSource(rule, diagnostics) && checkTarget(rule, diagnostics) ? rule : null;
    }

    private static boolean checkSource(RedirectRule rule, Diagnostics diagnostics) {
        String from = rule.from();
        if (from.contains("://")) {
            diagnostics.add(rule.errorAtFrom("redirect source '" + from + "' is a URL, not a path of this site")
                    .withHint("write the path only, e.g. /old-page/; redirects between domains belong in the host's settings"));
            return false;
        }
        if (!from.startsWith("/")) {
            diagnostics.add(rule.errorAtFrom("redirect source '" + from + "' must be a path starting with /")
                    .withHint("write /" + from));
            return false;
        }
        int q = firstOf(from, '?', '#');
        if (q >= 0) {
            diagnostics.add(rule.file().errorAt(rule.line(), rule.fromColumn() + q,
                            "a redirect source cannot hold a query string or a fragment")
                    .withHint("hosts match the path only: write " + from.substring(0, q)));
            return false;
        }
        if (from.indexOf('*') != from.lastIndexOf('*')) {
            diagnostics.add(rule.file().errorAt(rule.line(), rule.fromColumn() + from.lastIndexOf('*'),
                    "a redirect source may hold one * only").withHint("use :name segments for the other parts"));
            return false;
        }
        return true;
    }

    private static boolean checkTarget(RedirectRule rule, Diagnostics diagnostics) {
        String to = rule.to();
        if (!to.startsWith("/") && !to.startsWith("https://") && !to.startsWith("http://")) {
            diagnostics.add(rule.errorAtTo("redirect target '" + to + "' must be a path starting with / or an absolute URL")
                    .withHint("write /" + to + " for a page of this site, or https://… for another site"));
            return false;
        }
        Set<String> defined = new HashSet<>();
        if (rule.from().indexOf('*') >= 0) defined.add("splat");
        Matcher segments = RedirectPattern.PLACEHOLDER_SEGMENT.matcher(rule.from());
        while (segments.find()) defined.add(segments.group(1));
        Matcher used = RedirectPattern.PLACEHOLDER_USE.matcher(to.substring(0, Target.pathEnd(to)));
        while (used.find()) {
            String name = used.group(1);
            if (defined.contains(name)) continue;
            String why = name.equals("splat") ? "the source has no *" : "the source has no :" + name + " segment";
            diagnostics.add(rule.file().errorAt(rule.line(), rule.toColumn() + used.start(),
                            "the target uses :" + name + " but " + why)
                    .withHint(defined.isEmpty() ? "a target can use only what its source captures"
                            : "the source captures " + String.join(", ", defined.stream().sorted().map(n -> ":" + n).toList())));
            return false;
        }
        return true;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        return j < 0 ? i : Math.min(i, j);
    }
}
