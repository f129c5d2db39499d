package dev.quire.publish;

import java.util.List;

/** The files a publish adds, changes and removes, as paths relative to the output root, sorted. */
public record Changes(List<String> added, List<String> changed, List<String> removed) {

    public Changes {
        added = added.stream().sorted().toList();
        changed = changed.stream().sorted().toList();
        removed = removed.stream().sorted().toList();
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** "2 added, 1 changed, 0 removed" */
    public String summary() {
        return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed";
    }

    /** One line a file: "+ path", "~ path", "- path". */
    public String listing() {
        StringBuilder out = new StringBuilder();
        added.forEach(p -> out.append("+ ").append(p).append('\n'));
        changed.forEach(p -> out.append("~ ").append(p).append('\n'));
        removed.forEach(p -> out.append("- ").append(p).append('\n'));
        return out.toString();
    }
}
