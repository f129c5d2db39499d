package dev.quire.publish;

import java.nio.file.Path;

/**
 * A place a finished build is published to. A publisher reads only the build's output folder (and its
 * {@code .quire/manifest.json}); it refuses to drop a page the target last had unless a redirect of
 * the new build covers it or removals are allowed.
 */
public interface Publisher {

    /** Publishes {@code output}, or with {@link PublishOptions#dryRun()} only reports what would change. */
    PublishResult publish(Path output, PublishOptions options);
}
