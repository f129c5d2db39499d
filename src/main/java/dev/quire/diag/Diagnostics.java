package dev.quire.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A thread-safe collector: stages running in parallel report here, and a build reports them all. */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> all = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        all.addAll(ds);
    }

    public void error(Position position, String message) {
        add(Diagnostic.error(position, message));
    }

    public void warning(Position position, String message) {
        add(Diagnostic.warning(position, message));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /**
     * Every diagnostic, sorted by file and place, so that output is the same on every run. The same
     * problem found through several pages (an error in a partial that three pages include) is
     * reported once, with the notes of each.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(all);
        list.sort(null);
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : list) {
            Diagnostic last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.severity() == d.severity() && last.message().equals(d.message())
                    && java.util.Objects.equals(last.position(), d.position())) {
                for (String note : d.notes()) if (!last.notes().contains(note)) last = last.withNote(note);
                out.set(out.size() - 1, last);
            } else {
                out.add(d);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
