package dev.quire.config;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 16-byte summary of some bytes for the fingerprints builds compare (page keys, the search index's
 * version): their length and two checksums, CRC32C and CRC32. The processor computes both from the first
 * call on, where SHA-256 over every page's text runs at a tenth of that speed before the JIT has
 * compiled it; an accidental change that keeps the length and both checksums is a 1 in 2^64 chance.
 */
public final class Checksums {

    private Checksums() {
    }

    public static byte[] summary(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return ByteBuffer.allocate(16).putInt(bytes.length).putInt((int) c.getValue()).putLong(d.getValue()).array();
    }
}
