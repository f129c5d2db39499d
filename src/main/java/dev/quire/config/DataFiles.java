package dev.quire.config;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's {@code data/} folder: every {@code .yaml}/{@code .yml} file read as plain data, available
 * to templates and components as {@code data.<name>} ({@code data/models.yaml} is {@code data.models}).
 */
public final class DataFiles {

    public static final String DIR = "data";

    private DataFiles() {
    }

    public static Map<String, Object> load(Path siteDir, Diagnostics diagnostics) {
        Map<String, Object> data = new TreeMap<>();
        Path root = siteDir.resolve(DIR);
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return data;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !name.matches("[A-Za-z0-9_-]+\\.ya?ml")) continue;
                SourceText src = new SourceText(DIR + "/" + name, Files.readString(file, StandardCharsets.UTF_8));
                try {
                    data.put(name.substring(0, name.lastIndexOf('.')).replace('-', '_'),
                            new YamlReader(src, 1).read(src.text()).value());
                } catch (DiagnosticException e) {
                    diagnostics.addAll(e.diagnostics());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }
}
