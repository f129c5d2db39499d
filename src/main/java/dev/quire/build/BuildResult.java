package dev.quire.build;

import dev.quire.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: its diagnostics (sorted by place), the number of pages written, where the output
 * is (null when the build failed and the previous output was kept), and the time of each stage.
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, Path output, List<StageTime> stages) {

    /** One stage's wall time. */
    public record StageTime(String stage, long millis) {
    }

    public boolean failed() {
        return output == null;
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
