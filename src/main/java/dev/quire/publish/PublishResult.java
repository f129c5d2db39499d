package dev.quire.publish;

/**
 * What publishing did (or, in a dry run, would do).
 *
 * @param published true when the target was changed
 * @param detail    where it went, e.g. "commit 1a2b3c4 on gh-pages"; empty when nothing was published
 */
public record PublishResult(Changes changes, boolean published, String detail) {
}
