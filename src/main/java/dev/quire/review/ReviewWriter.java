package dev.quire.review;

import dev.quire.diag.Diagnostic;
import dev.quire.model.redirect.Coverage;

import java.util.ArrayList;
import java.util.List;

/** Writes the Markdown of {@link Review}: one short section per kind of change, empty sections left out. */
final class ReviewWriter {

    private final String ref;
    private final String basePath;
    private final Coverage coverage;
    private final List<String> added = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<String> renamed = new ArrayList<>();
    private final List<String> edited = new ArrayList<>();
    private final List<String> partials = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();
    private final List<String> missingRedirects = new ArrayList<>();

    ReviewWriter(String ref, String basePath, Coverage coverage) {
        this.ref = ref;
        this.basePath = basePath;
        this.coverage = coverage;
    }

    void page(char kind, String url, String file, String fromUrl, String fromFile) {
        switch (kind) {
            case 'A' -> added.add("- " + url + " (`" + file + "`)");
            case 'M' -> edited.add("- " + url + " (`" + file + "`)");
            case 'D' -> removed.add("- " + url + " (`" + file + "`)" + redirect(url, null));
            case 'R' -> renamed.add("- " + fromUrl + " → " + url + " (`" + fromFile + "` → `" + file + "`)"
                    + (fromUrl.equals(url) ? "" : redirect(fromUrl, url)));
            default -> { }
        }
    }

    private String redirect(String oldUrl, String newUrl) {
        if (coverage == null) return "";
        if (coverage.covers(oldUrl)) return ": redirected ✓";
        String target = newUrl != null ? newUrl : coverage.nearestPage(oldUrl);
        String line = local(oldUrl) + " " + (target == null ? "/NEW-PATH/" : local(target)) + " 301";
        missingRedirects.add(line);
        return ": **no redirect**";
    }

    void partial(char kind, String file, List<String> pages) {
        String what = kind == 'A' ? "added" : kind == 'D' ? "deleted" : kind == 'R' ? "renamed" : "edited";
        partials.add("- `" + file + "` (" + what + ")" + (pages.isEmpty() ? ": shown on no page" : ", shown on " + pages.size()
                + (pages.size() == 1 ? " page: " : " pages: ") + String.join(", ", pages)));
    }

    void template(char kind, String file) {
        templates.add("- `" + file + "`" + (kind == 'A' ? " (added)" : kind == 'D' ? " (deleted)" : ""));
    }

    String write(List<Diagnostic> findings, boolean buildFailed) {
        StringBuilder out = new StringBuilder("## Quire review against " + ref + "\n");
        section(out, "Pages added", added);
        section(out, "Pages removed", removed);
        section(out, "Pages renamed", renamed);
        section(out, "Pages edited", edited);
        if (!missingRedirects.isEmpty()) {
            out.append("\nAdd to a file in `redirects/`:\n\n```\n").append(String.join("\n", missingRedirects)).append("\n```\n");
        }
        section(out, "Partials changed", partials);
        section(out, "Templates changed", templates);
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : findings) {
            lines.add("- `" + d.position() + "` " + d.severity().label() + ": " + d.message().replace("`", "'")
                    + (d.hint() == null ? "" : " (" + d.hint().replace("`", "'") + ")"));
        }
        if (buildFailed) out.append("\n**The site does not build.**\n");
        section(out, "Check findings in changed files", lines);
        if (findings.isEmpty()) out.append("\nNo check findings in the changed files.\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        out.append("\n### ").append(title).append(" (").append(lines.size()).append(")\n\n");
        lines.forEach(l -> out.append(l).append('\n'));
    }

    private String local(String url) {
        return url.startsWith(basePath) ? "/" + url.substring(basePath.length()) : url;
    }
}
