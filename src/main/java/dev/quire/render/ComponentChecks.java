package dev.quire.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Severity;
import dev.quire.diag.Suggestions;
import dev.quire.mdx.ImportedName;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxExtension;

import java.util.Set;

/**
 * A page may use only the components that exist (a template of that name). An unknown one is an
 * error naming the nearest known name and the file to create; importing an unknown name is only a
 * warning, since content written for other component sets often imports names it never uses (and
 * none when the name is used: the error says it all).
 */
final class ComponentChecks {

    private final Set<String> names;

    ComponentChecks(Set<String> names) {
        this.names = names;
    }

    void check(Document doc, PageContext context) {
        Set<String> unknownUsed = new java.util.HashSet<>();
        for (Node node : Descendants.of(doc)) {
            if (node instanceof MdxComponent c && !names.contains(c.name())) {
                unknownUsed.add(c.name());
                context.diagnostics().add(context.at(node, c.nameOffset(), Severity.ERROR,
                        "unknown component <" + c.name() + ">").withHint(hint(c.name())));
            }
        }
        for (ImportedName imported : MdxExtension.info(doc).imports()) {
            if (!names.contains(imported.name()) && !unknownUsed.contains(imported.name())
                    && Character.isUpperCase(imported.name().charAt(0))) {
                Diagnostic d = context.source().warning(imported.offset(), "imported name '" + imported.name() + "' is no component Quire knows");
                context.diagnostics().add(d.withHint("using it is an error; add templates/components/" + imported.name()
                        + ".peb to define it, or remove it from the import"));
            }
        }
    }

    private String hint(String name) {
        return Suggestions.nearest(name, names).map(s -> "did you mean <" + s + ">? ").orElse("")
                + "components: " + String.join(", ", names) + "; or create templates/components/" + name + ".peb";
    }
}
