package dev.quire.mdx;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.SourceText;
import dev.quire.mdx.internal.Problem;
import dev.quire.mdx.internal.ProblemList;

import java.util.ArrayList;
import java.util.List;

/** Everything wrong in a parsed MDX document, as diagnostics with file positions, excerpts and hints. */
public final class MdxErrors {

    private MdxErrors() {
    }

    /**
     * The errors found while {@code document} was parsed, sorted by position.
     *
     * @param source the file the document was parsed from (offsets are file offsets)
     */
    public static List<Diagnostic> collect(Document document, SourceText source) {
        List<Diagnostic> out = new ArrayList<>();
        for (Problem p : ProblemList.of(document)) {
            Diagnostic d = source.error(p.offset(), p.message());
            out.add(p.hint() == null ? d : d.withHint(p.hint()));
        }
        out.sort(null);
        return out;
    }
}
