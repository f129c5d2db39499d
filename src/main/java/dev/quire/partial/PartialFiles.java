package dev.quire.partial;

import dev.quire.config.YamlData;
import dev.quire.config.YamlReader;
import dev.quire.content.FrontMatter;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The partials of a site, read once per build: {@code partials/<product>/<name>.mdx}, with their
 * declared {@code params:}. Names are checked before any file is touched, and a file that resolves
 * outside {@code partials/} (through a symbolic link) is not read.
 */
public final class PartialFiles {

    public static final String DIR = "partials";

    /**
     * A partial file.
     *
     * @param declared the names of its {@code params:} (a trailing {@code ?} marks an optional one),
     *                 or null when it declares none
     */
    public record Partial(String sitePath, SourceText source, FrontMatter frontMatter, List<String> declared) {
    }

    private final Path root;
    private final Map<String, Optional<Partial>> cache = new ConcurrentHashMap<>();

    public PartialFiles(Path siteDir) {
        this.root = siteDir.resolve(DIR).toAbsolutePath().normalize();
    }

    /** True when a product or file name stays inside partials/ (no "..", no absolute path). */
    public static boolean safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) return false;
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) return false;
        }
        return true;
    }

    /** The site path of a partial: "partials/relay/provider-setup.mdx". */
    public static String sitePath(String product, String file) {
        return DIR + "/" + product + "/" + file + (file.endsWith(".mdx") || file.endsWith(".md") ? "" : ".mdx");
    }

    /** Reads a partial (once per build); empty when there is no such file. */
    public Optional<Partial> find(String product, String file) {
        return cache.computeIfAbsent(sitePath(product, file), this::read);
    }

    /** A partial by its site path ("partials/relay/x.mdx"), read once per build like {@link #find}; empty when there is none. */
    public Optional<Partial> bySitePath(String sitePath) {
        if (!sitePath.startsWith(DIR + "/") || !safeName(sitePath.substring(DIR.length() + 1))) return Optional.empty();
        return cache.computeIfAbsent(sitePath, this::read);
    }

    private Optional<Partial> read(String sitePath) {
        Path file = root.resolve(sitePath.substring(DIR.length() + 1)).normalize();
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            SourceText source = new SourceText(sitePath, Files.readString(file, StandardCharsets.UTF_8));
            FrontMatter fm = FrontMatter.split(source);
            return Optional.of(new Partial(sitePath, source, fm, declared(source, fm)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> declared(SourceText source, FrontMatter fm) {
        if (!fm.present()) return null;
        YamlData yaml = new YamlReader(source, fm.yamlLine()).read(fm.yaml());
        Object params = yaml.asMap().get("params");
        if (params == null) return null;
        if (params instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        var p = yaml.positionOf("params");
        throw new DiagnosticException(source.errorAt(p.line(), p.column(), "'params' must be a list of names")
                .withHint("for example: params: [name, endpoint, notes?]"));
    }

    /** The partial names of a product ("provider-setup", "sub/x"), for "did you mean". */
    public List<String> names(String product) {
        Path dir = root.resolve(product).normalize();
        List<String> out = new ArrayList<>();
        if (!dir.startsWith(root) || !Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".mdx")).map(n -> n.substring(0, n.length() - 4)).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
