package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The starter site of {@code quire init}, kept in the jar as one txtar file
 * ({@code dev/quire/init/starter.txtar}: a comment, then each file after a {@code -- path --} line).
 */
final class StarterSite {

    private static final String RESOURCE = "/dev/quire/init/starter.txtar";
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private StarterSite() {
    }

    /** The starter files by path, in order. */
    static Map<String, String> files() {
        String txtar;
        try (InputStream in = StarterSite.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            txtar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(txtar);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) files.put(path, txtar.substring(start, m.start()));
            path = m.group(1);
            start = m.end();
        }
        if (path != null) files.put(path, txtar.substring(start));
        return files;
    }

    /** Writes the starter files below {@code dir} (created if needed) and returns how many. */
    static int writeTo(Path dir) {
        Map<String, String> files = files();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.size();
    }
}
