package dev.quire.render.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites long word lists in a regex so that {@code java.util.regex} tries only the words that start
 * with the character at hand: {@code (?:add|apt|awk|bash|bc)} becomes {@code (?:a(?:dd|pt|wk)|b(?:ash|c))}.
 * Java tries the branches of an alternation one by one, so Bash's 250 command names cost 250 attempts at
 * each word; Prism's grammars are full of such lists.
 *
 * <p>The rewrite matches exactly what the original matches, with the same groups: a branch can only
 * match where its first character is, so branches with different first characters never compete,
 * and those with the same one keep their order. It is applied only to a non-capturing group whose
 * branches each start with a plain character (not quantified) and hold no capturing group or
 * back-reference, and only under flags that change nothing here; anything else is left as written.
 */
final class Alternations {

    /** Fewer branches than this are left alone: the gain would not show. */
    private static final int MIN_BRANCHES = 6;

    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ
            | Pattern.UNICODE_CASE;

    private Alternations() {
    }

    /** An equivalent regex with its word lists grouped by first character, or {@code regex} itself. */
    static Pattern factor(Pattern regex) {
        if ((regex.flags() & UNSUPPORTED_FLAGS) != 0) {
            return regex;
        }
        boolean caseInsensitive = (regex.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String source = regex.pattern();
        if (source.contains("\\Q")) {
            return regex; // quoted text would read as syntax here
        }
        String rewritten = rewrite(source, caseInsensitive);
        return rewritten.equals(source) ? regex : Pattern.compile(rewritten, regex.flags());
    }

    /** Rewrites every suitable {@code (?:…)} group of {@code source}, innermost last. */
    static String rewrite(String source, boolean caseInsensitive) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                out.append(source, i, Math.min(i + 2, source.length()));
                i += 2;
            } else if (c == '[') {
                int end = classEnd(source, i);
                if (end < 0) {
                    return source;
                }
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("(?:", i)) {
                int end = groupEnd(source, i);
                if (end < 0) {
                    return source;
                }
                String body = source.substring(i + 3, end - 1);
                String factored = factorBranches(body, caseInsensitive);
                out.append("(?:").append(factored != null ? factored : rewrite(body, caseInsensitive)).append(')');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The body regrouped by first character, or null when it is not a plain word list. */
    private static String factorBranches(String body, boolean caseInsensitive) {
        List<String> branches = split(body);
        if (branches == null || branches.size() < MIN_BRANCHES) {
            return null;
        }
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String branch : branches) {
            int first = firstLength(branch);
            if (first == 0 || !plain(branch)) {
                return null;
            }
            char head = branch.charAt(first - 1); // the character, whether escaped or not
            char key = caseInsensitive && head < 128 ? Character.toLowerCase(head) : head;
            byFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(branch);
        }
        if (byFirst.size() == branches.size()) {
            return null;
        }
        StringBuilder out = new StringBuilder(body.length() + 4 * byFirst.size());
        for (List<String> group : byFirst.values()) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            if (group.size() == 1) {
                out.append(group.get(0));
                continue;
            }
            String head = group.get(0).substring(0, firstLength(group.get(0)));
            out.append(head).append("(?:");
            for (int k = 0; k < group.size(); k++) {
                String branch = group.get(k);
                out.append(k == 0 ? "" : "|").append(branch, firstLength(branch), branch.length());
            }
            out.append(')');
        }
        return out.toString();
    }

    /**
     * How many source characters the branch's first character takes: a plain character (1) or an
     * escaped punctuation character (2), not followed by a quantifier; 0 when it starts otherwise.
     */
    private static int firstLength(String branch) {
        if (branch.isEmpty()) {
            return 0;
        }
        char c = branch.charAt(0);
        int length;
        if (c == '\\') {
            if (branch.length() < 2 || Character.isLetterOrDigit(branch.charAt(1))
                    || Character.isSurrogate(branch.charAt(1))) {
                return 0;
            }
            length = 2;
        } else if ("[](){}.*+?^$|".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return 0;
        } else {
            length = 1;
        }
        if (length < branch.length() && "*+?{".indexOf(branch.charAt(length)) >= 0) {
            return 0;
        }
        return length;
    }

    /** No capturing or named group, no back-reference, no inline flags: moving it renumbers nothing. */
    private static boolean plain(String branch) {
        for (int i = 0; i < branch.length(); i++) {
            char c = branch.charAt(i);
            if (c == '\\') {
                if (i + 1 < branch.length() && (Character.isDigit(branch.charAt(i + 1)) || branch.charAt(i + 1) == 'k')) {
                    return false;
                }
                i++;
            } else if (c == '[') {
                int end = classEnd(branch, i);
                if (end < 0) {
                    return false;
                }
                i = end - 1;
            } else if (c == '(') {
                if (!(branch.startsWith("(?:", i) || branch.startsWith("(?=", i) || branch.startsWith("(?!", i)
                        || branch.startsWith("(?<=", i) || branch.startsWith("(?<!", i) || branch.startsWith("(?>", i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The body's top-level branches, or null if its brackets do not pair up. */
    private static List<String> split(String body) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = classEnd(body, i);
                if (end < 0) {
                    return null;
                }
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == '|' && depth == 0) {
                branches.add(body.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        branches.add(body.substring(start));
        return branches;
    }

    /** The index just past the group opening at {@code open}, or -1. */
    private static int groupEnd(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = classEnd(source, i);
                if (end < 0) {
                    return -1;
                }
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The index just past the class opening at {@code open}, or -1 for one this class does not read
     * (nested classes, a {@code ]} first, no end).
     */
    private static int classEnd(String source, int open) {
        int i = open + 1;
        if (i < source.length() && source.charAt(i) == '^') {
            i++;
        }
        if (i < source.length() && source.charAt(i) == ']') {
            return -1;
        }
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }
}
