package dev.quire.content;

import dev.quire.config.YamlMemo;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.SourceText;
import dev.quire.diag.UsageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Walks {@code content/} and reads every {@code .md} and {@code .mdx} page with its frontmatter, in
 * parallel. Files and folders whose name starts with '.' or '_' are skipped (editor and OS files).
 * Symbolic links are not followed, so nothing outside the site is read.
 */
public final class ContentScanner {

    public static final String DIR = "content";

    private ContentScanner() {
    }

    /** Every page path below content/, sorted ("a/b.mdx"). */
    public static List<String> list(Path siteDir) {
        Path root = siteDir.resolve(DIR);
        if (!Files.isDirectory(root)) {
            throw new UsageException("no content/ folder in " + siteDir.toAbsolutePath().normalize(),
                    "a site holds its pages in content/ (content/index.mdx is the home page)");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(ContentScanner::isPage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for a .md or .mdx path below content/ that is a page (no part starts with "." or "_"). */
    public static boolean isPage(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) return false;
        }
        return rel.endsWith(".mdx") || rel.endsWith(".md");
    }

    /** Reads and splits all pages; problems go to {@code diagnostics} and the page is left out. */
    public static List<SourceFile> read(Path siteDir, List<String> paths, Diagnostics diagnostics) {
        return read(siteDir, paths, diagnostics, YamlMemo.none());
    }

    /** The same, with the frontmatter read through {@code memo}. */
    public static List<SourceFile> read(Path siteDir, List<String> paths, Diagnostics diagnostics, YamlMemo memo) {
        return paths.parallelStream().map(p -> readOne(siteDir, p, diagnostics, memo)).filter(Objects::nonNull).toList();
    }

    /**
     * The text of UTF-8 bytes; malformed bytes are an error. The String constructor is the fast way (an ASCII
     * file is a copy) but replaces malformed bytes with U+FFFD, so a text that has one is decoded again by
     * the strict decoder, which tells a malformed file from one that holds the character itself.
     */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    public static SourceFile readOne(Path siteDir, String contentPath, Diagnostics diagnostics) {
        return readOne(siteDir, contentPath, diagnostics, YamlMemo.none());
    }

    static SourceFile readOne(Path siteDir, String contentPath, Diagnostics diagnostics, YamlMemo memo) {
        String sitePath = DIR + "/" + contentPath;
        try {
            byte[] bytes = Files.readAllBytes(siteDir.resolve(sitePath));
            String text = utf8(bytes);
            SourceText source = new SourceText(sitePath, text);
            FrontMatter fm = FrontMatter.split(source);
            PageMeta meta = FrontMatterReader.read(source, fm, true, diagnostics, memo);
            return new SourceFile(contentPath, source, fm, meta, contentPath.endsWith(".mdx"));
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(dev.quire.diag.Position.fileOnly(sitePath), "file is not UTF-8 text"));
        } catch (DiagnosticException e) {
            diagnostics.addAll(e.diagnostics());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(dev.quire.diag.Position.fileOnly(sitePath), "cannot read file: " + e.getMessage()));
        }
        return null;
    }
}
