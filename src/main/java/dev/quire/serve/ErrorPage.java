package dev.quire.serve;

import dev.quire.diag.Diagnostic;

import java.util.List;

/**
 * The page shown instead of a page that failed to build: each error as the terminal shows it
 * ({@code path:line:col: error: message}, the line, a caret under the column, hint and notes), all
 * HTML-escaped. The live reload script is added like on any page, so fixing the file reloads it.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(String url, List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Build error · ").append(escape(url)).append("</title>")
                .append("<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;background:#fff8f8;color:#222}")
                .append("h1{color:#b00020;font-size:1.3rem}.diag{background:#fff;border:1px solid #e5b5b5;border-radius:6px;padding:1rem;margin:1rem 0}")
                .append("pre{margin:0;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap}.where{font-weight:600}.caret{color:#b00020}")
                .append(".hint{color:#0b5394}</style></head>\n<body>\n<h1>")
                .append(errors.size() == 1 ? "This page failed to build" : errors.size() + " errors in this page's build")
                .append("</h1>\n<p>The server keeps running; fix the file and this page reloads by itself.</p>\n");
        for (Diagnostic d : errors) {
            html.append("<div class=\"diag\"><pre><span class=\"where\">");
            if (d.position() != null) html.append(escape(d.position().toString())).append(": ");
            html.append(escape(d.severity().label())).append(": ").append(escape(d.message())).append("</span>\n");
            if (d.excerpt() != null && d.position() != null) {
                html.append("  ").append(escape(d.excerpt())).append('\n');
                html.append("  <span class=\"caret\">").append(caretIndent(d.excerpt(), d.position().column())).append("^</span>\n");
            }
            if (d.hint() != null) html.append("  <span class=\"hint\">hint: ").append(escape(d.hint())).append("</span>\n");
            for (String note : d.notes()) html.append("  note: ").append(escape(note)).append('\n');
            html.append("</pre></div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String caretIndent(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        return pad.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
