package dev.quire.partial;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;
import dev.quire.diag.Suggestions;
import dev.quire.mdx.ConstRef;
import dev.quire.mdx.MdxComponent;
import dev.quire.mdx.MdxErrors;
import dev.quire.mdx.MdxExpression;
import dev.quire.mdx.MdxExtension;
import dev.quire.mdx.Prop;
import dev.quire.mdx.PropRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Expands {@code <Render file product params />} in a parsed page: each becomes a {@link PartialBlock}
 * holding the partial's parsed content, with {@code {props.x}} and {@code {constant}} in its text
 * replaced by their values, recursively (a partial may render partials). Checks names, params and
 * cycles, and records which partial files the page uses, through any chain.
 */
public final class PartialResolver {

    /** The partials a page uses (site paths, in first-use order) and the problems found. */
    public record Expansion(Set<String> partials, List<Diagnostic> diagnostics) {
    }

    static final int MAX_DEPTH = 16;

    private final PartialFiles files;
    private final Parser parser;
    private final Set<String> reportedParses = ConcurrentHashMap.newKeySet();

    public PartialResolver(PartialFiles files, Parser parser) {
        this.files = files;
        this.parser = parser;
    }

    /** Expands every Render of a page document in place. */
    public Expansion expand(Document doc, SourceText page) {
        Walk walk = new Walk(page);
        Scope scope = new Scope(page, null, MdxExtension.info(doc).constants(), List.of(page.path()), null);
        substitute(doc, scope, walk);
        expandIn(doc, scope, walk, 0);
        return new Expansion(walk.used, walk.diagnostics);
    }

    /** Where nodes come from while expanding: their file, params, constants and include chain. */
    private record Scope(SourceText source, Map<String, Object> params, Map<String, String> constants,
                         List<String> chain, PartialBlock block) {
    }

    private static final class Walk {
        final SourceText page;
        final Set<String> used = new LinkedHashSet<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();

        Walk(SourceText page) {
            this.page = page;
        }
    }

    private void expandIn(Node container, Scope scope, Walk walk, int depth) {
        List<Node> renders = new ArrayList<>();
        collect(container, renders);
        for (Node render : renders) {
            try {
                expandOne(render, scope, walk, depth);
            } catch (DiagnosticException e) {
                walk.diagnostics.addAll(e.diagnostics());
                render.unlink();
            }
        }
    }

    private static void collect(Node parent, List<Node> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof PartialBlock) continue;
            if (n instanceof MdxComponent c && c.name().equals("Render")) out.add(n);
            else collect(n, out);
        }
    }

    private void expandOne(Node render, Scope scope, Walk walk, int depth) {
        MdxComponent tag = (MdxComponent) render;
        String file = stringProp(tag, "file", scope, render, true);
        String product = stringProp(tag, "product", scope, render, false);
        if (product == null) product = defaultProduct(walk.page.path());
        if (!PartialFiles.safeName(file) || !PartialFiles.safeName(product)) {
            throw error(scope, render, "partial name '" + product + "/" + file + "' leaves the partials/ folder",
                    "name a file below partials/<product>/ without '..' or a leading '/'");
        }
        String path = PartialFiles.sitePath(product, file);
        PartialFiles.Partial partial = files.find(product, file).orElseThrow(() -> missing(scope, render, path));
        if (scope.chain().contains(path)) {
            List<String> chain = new ArrayList<>(scope.chain());
            chain.add(path);
            throw error(scope, render, "partial cycle: " + String.join(" → ", chain),
                    "remove the <Render> that includes " + path + " again");
        }
        if (depth >= MAX_DEPTH) {
            throw error(scope, render, "partials nested more than " + MAX_DEPTH + " deep", null);
        }
        Map<String, Object> params = bindParams(tag, partial, scope, render, walk);
        walk.used.add(path);
        Document parsed = parser.parse(partial.frontMatter().maskedText());
        if (reportedParses.add(path)) {
            for (Diagnostic d : MdxErrors.collect(parsed, partial.source())) {
                walk.diagnostics.add(d.withNote("included from " + scope.source().position(render.getStartOffset())));
            }
        }
        List<String> chain = new ArrayList<>(scope.chain());
        chain.add(path);
        PartialBlock block = new PartialBlock(render.getChars(), partial.source(), params,
                MdxExtension.info(parsed).constants(), chain, scope.source().position(render.getStartOffset()));
        while (parsed.getFirstChild() != null) block.appendChild(parsed.getFirstChild());
        render.insertBefore(block);
        render.unlink();
        Scope inner = new Scope(partial.source(), params, block.constants(), chain, block);
        substitute(block, inner, walk);
        expandIn(block, inner, walk, depth + 1);
    }

    private Map<String, Object> bindParams(MdxComponent tag, PartialFiles.Partial partial, Scope scope, Node render, Walk walk) {
        Map<String, Object> given = new LinkedHashMap<>();
        Prop paramsProp = tag.prop("params").orElse(null);
        if (paramsProp != null) {
            Object v = resolve(paramsProp.value(), scope, render);
            if (!(v instanceof Map<?, ?> map)) {
                throw error(scope, render, "params of <Render> must be an object, e.g. params={{ name: \"x\" }}", null);
            }
            map.forEach((k, val) -> given.put(String.valueOf(k), val));
        }
        List<String> declared = partial.declared();
        if (declared == null) {
            if (!given.isEmpty()) {
                walk.diagnostics.add(at(scope, render, "partial " + partial.sitePath() + " declares no params, but is given "
                        + String.join(", ", given.keySet()), "list them in its frontmatter: params: ["
                        + String.join(", ", given.keySet()) + "]").withSeverity(dev.quire.diag.Severity.WARNING));
            }
            return given;
        }
        List<String> names = declared.stream().map(PartialResolver::bare).toList();
        for (String name : given.keySet()) {
            if (!names.contains(name)) {
                String hint = Suggestions.nearest(name, names).map(s -> "did you mean '" + s + "'? ").orElse("")
                        + "params of " + partial.sitePath() + ": " + String.join(", ", declared);
                walk.diagnostics.add(at(scope, render, "unknown param '" + name + "' for partial " + partial.sitePath(), hint));
            }
        }
        for (String d : declared) {
            if (!d.endsWith("?") && !given.containsKey(d)) {
                walk.diagnostics.add(at(scope, render, "missing param '" + d + "' for partial " + partial.sitePath(),
                        "pass it: params={{ " + d + ": \"…\" }}, or mark it optional in the partial: " + d + "?"));
            }
        }
        return given;
    }

    private static String bare(String declared) {
        return declared.endsWith("?") ? declared.substring(0, declared.length() - 1) : declared;
    }

    /** Replaces {props.x} and {constant} expressions of one scope by text. */
    private void substitute(Node container, Scope scope, Walk walk) {
        List<MdxExpression> found = new ArrayList<>();
        gather(container, found);
        for (MdxExpression e : found) {
            Object value = e.value();
            if (value == null) continue;
            try {
                Object resolved = resolve(value, scope, e);
                e.insertBefore(new Text(BasedSequence.of(resolved == null ? "" : String.valueOf(resolved))));
                e.unlink();
            } catch (DiagnosticException ex) {
                walk.diagnostics.addAll(ex.diagnostics());
            }
        }
    }

    private static void gather(Node parent, List<MdxExpression> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof PartialBlock) continue;
            if (n instanceof MdxExpression e) out.add(e);
            else gather(n, out);
        }
    }

    /** A prop value with {props.x} and {constant} references replaced, recursively. */
    Object resolve(Object value, Scope scope, Node at) {
        if (value instanceof PropRef ref) {
            if (scope.params() == null) {
                throw error(scope, at, "{props." + ref.name() + "} is only available inside a partial",
                        "pass the value to the component directly");
            }
            return scope.params().get(ref.name());
        }
        if (value instanceof ConstRef ref) {
            String v = scope.constants().get(ref.name());
            if (v == null) {
                throw error(scope, at, "unknown constant {" + ref.name() + "}",
                        "define it with: export const " + ref.name() + " = \"…\"; or escape the brace as \\{");
            }
            return v;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, scope, at)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) out.add(resolve(v, scope, at));
            return out;
        }
        return value;
    }

    private String stringProp(MdxComponent tag, String name, Scope scope, Node render, boolean required) {
        Prop prop = tag.prop(name).orElse(null);
        if (prop == null) {
            if (required) throw error(scope, render, "<Render> needs a file prop", "for example: <Render file=\"setup\" product=\"relay\" />");
            return null;
        }
        Object v = resolve(prop.value(), scope, render);
        if (!(v instanceof String s)) throw error(scope, render, "the " + name + " prop of <Render> must be text", null);
        return s;
    }

    /** The product of a page: the first folder of its path below content/. */
    static String defaultProduct(String pagePath) {
        String rel = pagePath.startsWith("content/") ? pagePath.substring("content/".length()) : pagePath;
        int slash = rel.indexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    private DiagnosticException missing(Scope scope, Node render, String path) {
        String product = path.substring(PartialFiles.DIR.length() + 1, path.indexOf('/', PartialFiles.DIR.length() + 1));
        List<String> names = files.names(product);
        String file = path.substring(path.indexOf('/', PartialFiles.DIR.length() + 1) + 1).replaceFirst("\\.mdx$", "");
        String hint = Suggestions.nearest(file, names).map(s -> "did you mean file=\"" + s + "\"? ").orElse("")
                + (names.isEmpty() ? "there are no partials in partials/" + product + "/" : "partials of " + product + ": " + String.join(", ", names))
                + "; or create " + path;
        return error(scope, render, "no partial " + path, hint);
    }

    private static DiagnosticException error(Scope scope, Node at, String message, String hint) {
        return new DiagnosticException(at(scope, at, message, hint));
    }

    private static Diagnostic at(Scope scope, Node node, String message, String hint) {
        Diagnostic d = scope.source().error(node.getStartOffset(), message);
        if (hint != null) d = d.withHint(hint);
        if (scope.block() != null) d = d.withNote("included from " + scope.block().includedAt());
        return d;
    }
}
