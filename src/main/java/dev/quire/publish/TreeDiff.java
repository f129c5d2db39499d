package dev.quire.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files that differ between a published folder and a new build, compared byte by byte. */
final class TreeDiff {

    private TreeDiff() {
    }

    static Changes between(Path before, Path after) {
        Set<String> old = files(before);
        Set<String> now = files(after);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String f : now) {
            if (!old.contains(f)) added.add(f);
            else if (!same(before.resolve(f), after.resolve(f))) changed.add(f);
        }
        for (String f : old) if (!now.contains(f)) removed.add(f);
        return new Changes(added, changed, removed);
    }

    /** Regular files below a folder, relative, with forward slashes; none when it does not exist. */
    static Set<String> files(Path root) {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
