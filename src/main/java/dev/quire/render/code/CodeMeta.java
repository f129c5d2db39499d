package dev.quire.render.code;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a code fence's info string says: the language and the meta after it, as Expressive Code
 * (Starlight) reads it — {@code ts title="src/index.ts" {2,4-6} ins={3} del={4} collapse={1-5}
 * frame="terminal" wrap}. Parsing never fails; what it cannot use becomes a {@link #warnings() warning}.
 *
 * @param language the label as written, lowercased ({@code js} stays {@code js}; the highlighter maps
 *                 aliases); empty when the fence has none
 * @param title    the frame title, or null when absent or {@code title=""}
 * @param marks    lines to highlight ({@code {2,4-6}} or {@code mark={…}}), as written, in order
 * @param ins      lines shown as inserted ({@code ins={3}})
 * @param del      lines shown as deleted ({@code del={4}})
 * @param collapse line ranges folded away behind a "N collapsed lines" summary ({@code collapse={1-5}})
 * @param frame    the frame: {@code frame="…"} when given, else {@link Frame#TERMINAL} for shell languages
 *                 and {@link Frame#CODE} for the rest
 * @param flags    bare options that were understood: {@code showLineNumbers}, {@code wrap}, {@code output}
 * @param warnings what was ignored and why, one message each (the caller adds the fence's position)
 */
public record CodeMeta(String language, String title, List<LineRange> marks, List<LineRange> ins,
                       List<LineRange> del, List<LineRange> collapse, Frame frame, SortedSet<String> flags,
                       List<String> warnings) {

    /** How the block is framed: an editor-like frame, a terminal window, or none at all. */
    public enum Frame { CODE, TERMINAL, NONE }

    public CodeMeta {
        marks = List.copyOf(marks);
        ins = List.copyOf(ins);
        del = List.copyOf(del);
        collapse = List.copyOf(collapse);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        warnings = List.copyOf(warnings);
    }

    /** Reads the info string of a fence (everything after the backticks); null is read as empty. */
    public static CodeMeta parse(String info) {
        return new MetaParser(info == null ? "" : info).parse();
    }
}
