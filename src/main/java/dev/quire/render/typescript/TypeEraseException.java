package dev.quire.render.typescript;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

/**
 * TypeScript that {@link TypeEraser} cannot turn into JavaScript by erasing types: syntax with
 * runtime semantics (enums, namespaces, parameter properties, decorators, {@code import x =}) or code
 * it cannot read. The position is within the code given to the eraser (1-based line and column);
 * {@link #toDiagnostic} maps it into the file the code came from.
 */
public final class TypeEraseException extends Exception {

    private final int offset;
    private final int line;
    private final int column;
    private final String hint;

    TypeEraseException(String code, int offset, String message, String hint) {
        super(message, null, false, false);
        Position at = new SourceText("", code).position(offset);
        this.offset = offset;
        this.line = at.line();
        this.column = at.column();
        this.hint = hint;
    }

    /** The char offset of the problem in the code. */
    public int offset() {
        return offset;
    }

    /** The 1-based line of the problem in the code. */
    public int line() {
        return line;
    }

    /** The 1-based column (UTF-16 chars) of the problem in the code. */
    public int column() {
        return column;
    }

    /** What the author can do about it. */
    public String hint() {
        return hint;
    }

    /**
     * An error diagnostic at the place in {@code file} where the code sits.
     *
     * @param firstLine the 1-based line of the file holding the code's first line
     * @param indent    how many chars of indentation were stripped from each code line (0 if none)
     */
    public Diagnostic toDiagnostic(SourceText file, int firstLine, int indent) {
        return file.errorAt(firstLine + line - 1, indent + column, getMessage()).withHint(hint);
    }
}
