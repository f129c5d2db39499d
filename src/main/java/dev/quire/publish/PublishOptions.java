package dev.quire.publish;

/**
 * How to publish.
 *
 * @param dryRun        report the changes only
 * @param allowRemovals publish even when pages the target had are gone without a redirect
 */
public record PublishOptions(boolean dryRun, boolean allowRemovals) {
}
