package dev.quire.diag;

/**
 * A mistake in how Quire was called (a missing site, an output folder Quire may not replace), as
 * opposed to a mistake in the site's files: the command exits with code 2.
 */
public final class UsageException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public UsageException(String message, String hint) {
        super(message, null, false, false);
        this.diagnostic = Diagnostic.error(null, message).withHint(hint);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
