package dev.quire.mdx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page declares besides its content: the names it imports (in order, with positions) and its
 * exported string constants. Read it with {@link MdxExtension#info(com.vladsch.flexmark.util.ast.Document)}.
 */
public record MdxDocumentInfo(List<ImportedName> imports, Map<String, String> constants) {

    public MdxDocumentInfo {
        imports = List.copyOf(imports);
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }
}
