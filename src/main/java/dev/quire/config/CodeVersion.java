package dev.quire.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * A fingerprint of Quire's own code (the jar, or the class folder it runs from), for the caches a build
 * keeps between runs: any change to Quire changes it, so a new Quire never trusts an old cache. Two
 * checksums (CRC32C and CRC32, both computed by the processor) and the byte count: reading a 15 MB jar
 * costs milliseconds, where a cryptographic hash without the JIT's second compiler costs a tenth of a
 * second. Computed once per process.
 */
public final class CodeVersion {

    private static volatile String cached;

    private CodeVersion() {
    }

    /** The fingerprint, 32 hex digits; null when the code cannot be read (callers then keep no cache). */
    public static String get() {
        String v = cached;
        if (v == null) {
            v = compute();
            cached = v == null ? "" : v;
        }
        return v == null || v.isEmpty() ? null : v;
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            Checksum c = new CRC32C();
            Checksum d = new CRC32();
            long length = 0;
            byte[] buffer = new byte[1 << 16];
            for (Path f : files) {
                byte[] name = code.relativize(f).toString().getBytes(StandardCharsets.UTF_8);
                c.update(name, 0, name.length);
                d.update(name, 0, name.length);
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buffer)) > 0; length += n) {
                        c.update(buffer, 0, n);
                        d.update(buffer, 0, n);
                    }
                }
            }
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits((int) c.getValue()) + hex.toHexDigits((int) d.getValue()) + hex.toHexDigits(length);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
