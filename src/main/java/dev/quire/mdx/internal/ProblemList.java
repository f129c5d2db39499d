package dev.quire.mdx.internal;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;

import java.util.ArrayList;
import java.util.List;

/** The problems found while parsing one document, kept on the document itself. */
public final class ProblemList {

    private static final NullableDataKey<List<Problem>> KEY = new NullableDataKey<>("QUIRE_MDX_PROBLEMS");

    private ProblemList() {
    }

    /** The document's problem list, created on first use. */
    public static List<Problem> of(Document document) {
        List<Problem> list = KEY.get(document);
        if (list == null) {
            list = new ArrayList<>();
            document.set(KEY, list);
        }
        return list;
    }
}
