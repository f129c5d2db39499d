package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * An {@code import … from "…";} or {@code export const name = "…";} statement. It renders as nothing;
 * what it declares is also gathered in {@link MdxDocumentInfo}.
 */
public final class EsmBlock extends Block {

    private final List<ImportedName> imported;
    private final String constName;
    private final String constValue;

    /** Made by the parser: an import of these names, or an export of one constant (name and value). */
    public EsmBlock(BasedSequence chars, List<ImportedName> imported, String constName, String constValue) {
        super(chars);
        this.imported = List.copyOf(imported);
        this.constName = constName;
        this.constValue = constValue;
    }

    /** The names an import binds (empty for an export). */
    public List<ImportedName> imported() {
        return imported;
    }

    /** The exported constant's name, or null for an import. */
    public String constName() {
        return constName;
    }

    /** The exported constant's string value, or null. */
    public String constValue() {
        return constValue;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        if (constName != null) out.append(" const:").append(constName).append('=').append(constValue);
        for (ImportedName n : imported) out.append(" import:").append(n.name());
    }
}
