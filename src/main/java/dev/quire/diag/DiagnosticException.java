package dev.quire.diag;

import java.util.List;

/**
 * Thrown when a user mistake stops a stage. Carries the diagnostics to report; never carries a
 * programming error (those stay ordinary exceptions and show a stack trace under --verbose).
 */
public final class DiagnosticException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public DiagnosticException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).message(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
