package dev.quire.config;

import dev.quire.diag.DiagnosticException;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML 1.2 as plain data only. The document is composed into nodes (never constructed into
 * Java objects), so no tag can instantiate a class; any explicit tag other than the core schema's is
 * an error. Positions are those of the real file: {@code firstLine} is the file line on which the
 * YAML text starts (frontmatter starts on line 2).
 */
public final class YamlReader {

    /**
     * One settings object for every document: it is immutable, and building one per document (with the file as
     * its label, which no message of ours shows) was a tenth of the cost of reading a page's frontmatter.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false).setMaxAliasesForCollections(50).build();

    private final SourceText file;
    private final int firstLine;

    public YamlReader(SourceText file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** Parses {@code yaml}, the text that starts at {@code firstLine} of the file. */
    public YamlData read(String yaml) {
        Map<String, Position> keys = new HashMap<>();
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
            Object value = root.isPresent() ? convert(root.get(), "", keys) : null;
            return new YamlData(value, keys, file.lineStart(firstLine));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new DiagnosticException(mark == null
                    ? file.errorAt(firstLine, 1, "invalid YAML: " + problem)
                    : file.errorAt(firstLine + mark.getLine(), mark.getColumn() + 1, "invalid YAML: " + problem));
        } catch (YamlEngineException e) {
            throw new DiagnosticException(file.errorAt(firstLine, 1, "invalid YAML: " + firstLine(e.getMessage())));
        }
    }

    private Object convert(Node node, String path, Map<String, Position> keys) {
        if (!(node instanceof ScalarNode) && !Tag.MAP.equals(node.getTag()) && !Tag.SEQ.equals(node.getTag())) {
            throw error(node, "unsupported YAML tag " + node.getTag().getValue() + " (only plain data is allowed)");
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) throw error(t.getKeyNode(), "mapping keys must be plain text");
                String key = k.getValue();
                String child = path.isEmpty() ? key : path + "." + key;
                keys.put(child, position(k));
                out.put(key, convert(t.getValueNode(), child, keys));
            }
            return out;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) out.add(convert(item, path + "." + i++, keys));
            return out;
        }
        return scalar((ScalarNode) node);
    }

    private Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String v = node.getValue();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
            if (Tag.INT.equals(tag)) return Long.decode(v.replace("0o", "0").replace("+", ""));
            if (Tag.FLOAT.equals(tag)) return floatValue(v);
        } catch (NumberFormatException e) {
            throw error(node, "'" + v + "' is not a number YAML can read");
        }
        if (Tag.STR.equals(tag)) return v;
        throw error(node, "unsupported YAML tag " + tag.getValue() + " (only plain data is allowed)");
    }

    private static Double floatValue(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.endsWith(".inf")) return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (s.equals(".nan")) return Double.NaN;
        return Double.valueOf(v);
    }

    /** The node's place in the file: its mark is a place in the YAML text, which starts at {@code firstLine}. */
    private Position position(Node node) {
        Mark m = node.getStartMark().orElse(null);
        return m == null ? new Position(file.path(), Math.max(1, firstLine), 1)
                : new Position(file.path(), Math.max(1, firstLine + m.getLine()), m.getColumn() + 1);
    }

    private DiagnosticException error(Node node, String message) {
        Position p = position(node);
        return new DiagnosticException(file.errorAt(p.line(), p.column(), message));
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
