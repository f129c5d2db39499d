package dev.quire.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the real corpus (cloudflare-ai-gateway, in the project's shared folder beside the
 * repository) is: {@code ../shared/…} from a clone, {@code ../../shared/…} from a worktree below it.
 * Tests that need it skip themselves when it is absent.
 */
public final class Corpus {

    public static final Path PATH = Stream.of("../shared/corpus/cloudflare-ai-gateway", "../../shared/corpus/cloudflare-ai-gateway")
            .map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../shared/corpus/cloudflare-ai-gateway"));

    private Corpus() {
    }

    public static boolean present() {
        return Files.isDirectory(PATH);
    }
}
