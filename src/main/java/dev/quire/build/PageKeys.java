package dev.quire.build;

import dev.quire.config.Checksums;
import dev.quire.config.CodeVersion;
import dev.quire.config.DataFiles;
import dev.quire.config.SiteConfigLoader;
import dev.quire.content.SourceFile;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.template.ThemeFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The key of everything a page's output is made from, so that a build can take over the previous
 * build's output for a page whose key is unchanged ({@link PageCache}). A page's HTML and text come
 * from: Quire's own code; the site's settings, data files and templates; the site model (every page's
 * path and frontmatter: the sidebar, breadcrumbs, previous/next links, deprecation notes and directory
 * listings are made from them); and the page's own source, the partials it includes, and its
 * last-updated date. The first four are one site-wide digest; the key of a page adds its own inputs.
 * A page's body edit changes its key only; a frontmatter edit, a new or deleted page, or a template
 * change changes every key. Keys are SHA-256 digests; the long inputs (files, page and partial text)
 * enter them as their {@link Checksums#summary summary}.
 */
final class PageKeys {

    private final byte[] site;
    private final Map<String, String> lastUpdated;
    private final Function<String, Optional<String>> partialText;
    private final Map<String, byte[]> partialDigests = new ConcurrentHashMap<>();

    private PageKeys(byte[] site, Map<String, String> lastUpdated, Function<String, Optional<String>> partialText) {
        this.site = site;
        this.lastUpdated = lastUpdated;
        this.partialText = partialText;
    }

    /**
     * The keys of {@code model}'s pages; empty when Quire cannot tell its own version (keys would not
     * change with it). {@code partialText} gives a partial's text by site path, as the build reads it.
     */
    static Optional<PageKeys> of(Path source, Site model, boolean drafts, Map<String, String> lastUpdated,
                                 Function<String, Optional<String>> partialText) {
        String code = CodeVersion.get();
        if (code == null) return Optional.empty();
        MessageDigest d = sha256();
        text(d, "quire-page-key-1");
        text(d, code);
        text(d, drafts ? "drafts" : "no drafts");
        file(d, source, source.resolve(SiteConfigLoader.FILE));
        folder(d, source, source.resolve(DataFiles.DIR));
        folder(d, source, source.resolve(ThemeFiles.SITE_DIR));
        for (Page page : model.pages()) {
            SourceFile f = page.file();
            text(d, f.contentPath());
            text(d, page.url());
            text(d, f.mdx() ? "mdx" : "md");
            text(d, f.frontMatter().present() ? f.frontMatter().yaml() : "\u0000none");
        }
        return Optional.of(new PageKeys(d.digest(), lastUpdated, partialText));
    }

    /** The key of a page whose body uses {@code partials} (site paths). */
    byte[] of(Page page, Set<String> partials) {
        MessageDigest d = sha256();
        d.update(site);
        text(d, page.url());
        summary(d, page.file().source().text().getBytes(StandardCharsets.UTF_8));
        text(d, lastUpdated.getOrDefault(page.sitePath(), ""));
        for (String partial : new TreeSet<>(partials)) {
            text(d, partial);
            d.update(partialDigests.computeIfAbsent(partial, this::partialDigest));
        }
        return d.digest();
    }

    private byte[] partialDigest(String sitePath) {
        MessageDigest d = sha256();
        Optional<String> text = partialText.apply(sitePath);
        text(d, text.isPresent() ? "present" : "missing");
        text.ifPresent(t -> summary(d, t.getBytes(StandardCharsets.UTF_8)));
        return d.digest();
    }

    private static void folder(MessageDigest d, Path source, Path folder) {
        if (!Files.isDirectory(folder)) {
            text(d, "\u0000no folder");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) file(d, source, f);
    }

    private static void file(MessageDigest d, Path source, Path file) {
        text(d, source.relativize(file).toString().replace('\\', '/'));
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                text(d, "\u0000missing");
                return;
            }
            summary(d, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each field with its length first, so that no two different field lists give the same bytes. */
    private static void text(MessageDigest d, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        length(d, bytes.length);
        d.update(bytes);
    }

    private static void summary(MessageDigest d, byte[] bytes) {
        d.update(Checksums.summary(bytes));
    }

    private static void length(MessageDigest d, int n) {
        d.update(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
