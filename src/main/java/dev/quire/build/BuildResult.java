package dev.quire.build;

import dev.quire.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.quire.model.facts.PageFacts;

/**
 * What a build did: its diagnostics (sorted by place), the number of pages written, where the output
 * is (null when the build failed and the previous output was kept), the time of each stage, and what
 * {@code quire check} needs of each page (by URL), and how many of the pages were unchanged since the
 * previous build and taken over from its output instead of rendered.
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, Path output, List<StageTime> stages,
                          Map<String, PageFacts> facts, int unchanged) {

    public BuildResult(List<Diagnostic> diagnostics, int pages, Path output, List<StageTime> stages) {
        this(diagnostics, pages, output, stages, Map.of(), 0);
    }

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
