package dev.quire.cli;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code quire check} prints its findings: {@code text} (path:line:col, excerpt and caret, on
 * stderr), {@code json} (one array on stdout) or {@code github} (workflow commands that annotate a
 * pull request's files, on stdout).
 */
enum CheckOutput {
    text, json, github;

    private static final Pattern RULE = Pattern.compile(" \\[([a-z-]+)]$");

    void print(List<Diagnostic> findings, PrintWriter out, PrintWriter err) {
        switch (this) {
            case text -> findings.forEach(d -> err.print(Reporter.format(d)));
            case json -> out.println(json(findings));
            case github -> findings.forEach(d -> out.println(github(d)));
        }
    }

    /** The rule id a finding's message ends with, or null (build problems have none). */
    static String rule(Diagnostic d) {
        Matcher m = RULE.matcher(d.message());
        return m.find() ? m.group(1) : null;
    }

    static String github(Diagnostic d) {
        StringBuilder s = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        if (d.position() != null) {
            s.append(" file=").append(property(d.position().file())).append(",line=").append(d.position().line())
                    .append(",col=").append(d.position().column());
        }
        String rule = rule(d);
        if (rule != null) s.append(d.position() == null ? " " : ",").append("title=").append(property(rule));
        StringBuilder message = new StringBuilder(d.message());
        if (d.hint() != null) message.append("\nhint: ").append(d.hint());
        for (String note : d.notes()) message.append("\nnote: ").append(note);
        return s.append("::").append(data(message.toString())).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(List<Diagnostic> findings) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Diagnostic d = findings.get(i);
            s.append(i == 0 ? "\n  {" : ",\n  {");
            s.append("\"severity\": ").append(string(d.severity().label()));
            s.append(", \"rule\": ").append(rule(d) == null ? "null" : string(rule(d)));
            if (d.position() != null) {
                s.append(", \"file\": ").append(string(d.position().file())).append(", \"line\": ").append(d.position().line())
                        .append(", \"column\": ").append(d.position().column());
            }
            s.append(", \"message\": ").append(string(d.message()));
            if (d.hint() != null) s.append(", \"hint\": ").append(string(d.hint()));
            if (!d.notes().isEmpty()) s.append(", \"notes\": [").append(String.join(", ", d.notes().stream().map(CheckOutput::string).toList())).append(']');
            s.append('}');
        }
        return s.append(findings.isEmpty() ? "]" : "\n]").toString();
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
