package dev.quire.output;

import dev.quire.template.ThemeFiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme's {@code assets/} files (site overrides first) under content-hashed names:
 * {@code theme.css} is published as {@code assets/theme.1a2b3c4d.css}, so a host may cache it for a
 * year and a changed file gets a new name.
 */
public final class ThemeAssets {

    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public ThemeAssets(ThemeFiles theme, String basePath) {
        for (String name : theme.list("assets")) {
            byte[] bytes = theme.read("assets/" + name).orElseThrow();
            String hashed = hashedName(name, bytes);
            urls.put(name, basePath + "assets/" + hashed);
            files.put("assets/" + hashed, bytes);
        }
    }

    /** Asset name → URL, for the {@code asset()} template function. */
    public Map<String, String> urls() {
        return Map.copyOf(urls);
    }

    /** The hashed files as written ("assets/theme.1a2b3c4d.css"). */
    public java.util.Set<String> files() {
        return java.util.Set.copyOf(files.keySet());
    }

    public void writeTo(OutputSink sink) {
        files.forEach(sink::write);
    }

    static String hashedName(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        return stem + "." + hash(bytes) + ext;
    }

    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
