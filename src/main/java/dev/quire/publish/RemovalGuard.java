package dev.quire.publish;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;
import dev.quire.model.Manifest;
import dev.quire.model.ManifestReader;
import dev.quire.model.redirect.Coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a publish that drops a page the target last published, unless a redirect of the new build
 * covers it or removals are allowed: one error per page, with the redirect line to add.
 */
final class RemovalGuard {

    static final String MANIFEST = ".quire/manifest.json";

    private RemovalGuard() {
    }

    static Manifest manifestOf(Path output) {
        try {
            return parse(Files.readString(output.resolve(MANIFEST), StandardCharsets.UTF_8), "the build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifest parse(String json, String where) {
        return ManifestReader.read(new SourceText(where + ":" + MANIFEST, json));
    }

    /** Throws when {@code now} drops pages of {@code before} (null: nothing was published yet). */
    static void check(Manifest before, Manifest now, String target, boolean allowRemovals) {
        if (before == null || allowRemovals) return;
        Coverage coverage = now.coverage();
        List<Diagnostic> removed = new ArrayList<>();
        for (Manifest.PageEntry page : before.pages()) {
            if (coverage.covers(page.url())) continue;
            String source = page.source() == null ? "" : " (built from " + page.source() + ")";
            removed.add(Diagnostic.error(null, "publishing would remove " + page.url() + source + " from " + target
                            + ", and no redirect covers it")
                    .withHint("add a line such as '" + page.url() + " " + coverage.nearestPage(page.url())
                            + " 301' to a file in redirects/ (without the base path), or pass --allow-removals"));
        }
        if (!removed.isEmpty()) throw new DiagnosticException(removed);
    }
}
