package dev.quire.check;

import dev.quire.diag.SourceText;
import dev.quire.model.Manifest;
import dev.quire.model.ManifestReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a check sees: the site folder, the folder of a finished build, and that build's manifest.
 *
 * @param basePath the path the site is served under ("/" or "/docs/")
 */
public record CheckContext(Path site, Path output, Manifest manifest, String basePath) {

    public static final String MANIFEST = ".quire/manifest.json";

    /** Reads the manifest of a finished build in {@code output}. */
    public static CheckContext of(Path site, Path output, String basePath) {
        try {
            String text = Files.readString(output.resolve(MANIFEST), StandardCharsets.UTF_8);
            return new CheckContext(site, output, ManifestReader.read(new SourceText(MANIFEST, text)), basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
