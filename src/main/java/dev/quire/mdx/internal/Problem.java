package dev.quire.mdx.internal;

/**
 * A mistake found while parsing, kept until the caller asks for diagnostics.
 *
 * @param offset file offset the diagnostic points at
 * @param hint   what to do, or null
 */
public record Problem(int offset, String message, String hint) {
}
