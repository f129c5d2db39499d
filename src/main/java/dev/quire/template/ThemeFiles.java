package dev.quire.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where theme files come from: the site's own {@code templates/} folder first, then the built-in
 * theme packaged in the jar (the repository's {@code templates/} folder). A site overrides one file
 * at a time. Names are relative ("layouts/page.peb", "assets/theme.css") and may not leave the folder.
 */
public final class ThemeFiles {

    public static final String SITE_DIR = "templates";
    static final String CLASSPATH_PREFIX = "dev/quire/theme/";

    private final Path siteTemplates;

    public ThemeFiles(Path siteDir) {
        this.siteTemplates = siteDir.resolve(SITE_DIR).toAbsolutePath().normalize();
    }

    public Path siteTemplates() {
        return siteTemplates;
    }

    /** True when the site's own templates/ folder has this file. */
    public boolean isSiteFile(String name) {
        return safe(name) && Files.isRegularFile(siteTemplates.resolve(name));
    }

    /** The bytes of a theme file, from the site or the jar, or empty when neither has it. */
    public Optional<byte[]> read(String name) {
        if (!safe(name)) return Optional.empty();
        try {
            Path own = siteTemplates.resolve(name);
            if (Files.isRegularFile(own)) return Optional.of(Files.readAllBytes(own));
            try (InputStream in = ThemeFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_PREFIX + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names directly in a theme folder ("assets", "components"), site and built-in, sorted. */
    public SortedSet<String> list(String folder) {
        SortedSet<String> names = new TreeSet<>();
        try {
            Path own = siteTemplates.resolve(folder);
            if (Files.isDirectory(own)) {
                try (Stream<Path> s = Files.list(own)) {
                    s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
            }
            URL url = ThemeFiles.class.getClassLoader().getResource(CLASSPATH_PREFIX + folder);
            if (url != null) {
                Path builtin = "jar".equals(url.getProtocol()) ? jarPath(url.toURI()) : Path.of(url.toURI());
                try (Stream<Path> s = Files.list(builtin)) {
                    s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Path jarPath(URI uri) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        String s = uri.toString();
        return fs.getPath(s.substring(s.indexOf("!/") + 1));
    }

    /** How diagnostics name a theme file: "templates/x.peb" for the site's, "theme:x.peb" for the built-in one. */
    public String displayName(String name) {
        return isSiteFile(name) ? SITE_DIR + "/" + name : "theme:" + name;
    }

    static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) return false;
        }
        return true;
    }
}
