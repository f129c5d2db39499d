package dev.quire.check;

import dev.quire.diag.SourceText;
import dev.quire.model.Manifest;
import dev.quire.model.ManifestReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import dev.quire.config.SiteConfig;
import dev.quire.model.facts.PageFacts;

/**
 * What a check sees: the site folder, the folder of a finished build, that build's manifest, its
 * settings, what the build gathered of each page, and the rule severities.
 *
 * @param basePath the path the site is served under ("/" or "/docs/")
 * @param facts    page URL → its links, ids and content rule findings
 */
public record CheckContext(Path site, Path output, Manifest manifest, String basePath, SiteConfig config,
                           Map<String, PageFacts> facts, Severities severities) {

    public static final String MANIFEST = ".quire/manifest.json";

    /** Reads the manifest of a finished build in {@code output}. */
    public static CheckContext of(Path site, Path output, SiteConfig config, Map<String, PageFacts> facts, Severities severities) {
        try {
            String text = Files.readString(output.resolve(MANIFEST), StandardCharsets.UTF_8);
            return new CheckContext(site, output, ManifestReader.read(new SourceText(MANIFEST, text)), config.basePath(),
                    config, facts, severities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
