package dev.quire.check;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;
import dev.quire.diag.UsageException;
import dev.quire.model.Manifest;
import dev.quire.model.ManifestReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A baseline read from a file: a {@code .quire/manifest.json} of an earlier build, or a text file
 * with one URL path a line ({@code #} comments and blank lines skipped). Paths that leave out the
 * site's base path get it.
 */
public final class BaselineFile {

    private BaselineFile() {
    }

    public static Baseline read(Path file, String basePath) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no baseline file " + file,
                    "pass a manifest (.quire/manifest.json of an earlier build) or a text file of URL paths");
        } catch (IOException e) {
            throw new UsageException("cannot read the baseline file " + file + ": " + e.getMessage(), null);
        }
        SourceText source = new SourceText(file.toString().replace('\\', '/'), text);
        String name = file.getFileName().toString();
        if (text.stripLeading().startsWith("{")) {
            Manifest manifest = ManifestReader.read(source);
            List<Baseline.Entry> pages = manifest.pages().stream()
                    .map(p -> new Baseline.Entry(p.url(), p.source(), null)).toList();
            return new Baseline(name, pages, Map.of());
        }
        return new Baseline(name, paths(source, basePath), Map.of());
    }

    private static List<Baseline.Entry> paths(SourceText source, String basePath) {
        List<Baseline.Entry> pages = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String raw = source.line(line);
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            int column = raw.indexOf(text) + 1;
            if (!text.startsWith("/")) {
                throw new DiagnosticException(source.errorAt(line, column, "'" + text + "' is not a URL path")
                        .withHint("write one path a line, starting with /, e.g. /guide/setup/"));
            }
            String url = text.startsWith(basePath) ? text : basePath + text.substring(1);
            pages.add(new Baseline.Entry(url, null, source.position(source.offset(line, column))));
        }
        return pages;
    }
}
