package dev.quire.mdx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A spec file: prose with fenced examples of input, AST dump and diagnostics (see {@link MdxSpecTest}). */
record SpecFile(Path path, List<Object> parts) {

    /** One example; each text ends with a newline unless empty. */
    record Example(String name, String options, String input, String ast, String errors) {
    }

    private static final Pattern HEADER = Pattern.compile(MdxSpecTest.FENCE + " example(?:\\(([\\w, ]*)\\))? (.+)");

    static SpecFile read(Path path) throws IOException {
        String[] lines = Files.readString(path, StandardCharsets.UTF_8).split("\n", -1);
        List<Object> parts = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches()) {
                prose.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
                continue;
            }
            parts.add(prose.toString());
            prose.setLength(0);
            List<StringBuilder> sections = new ArrayList<>(List.of(new StringBuilder()));
            i++;
            while (i < lines.length && !lines[i].equals(MdxSpecTest.FENCE)) {
                if (lines[i].equals(".") && sections.size() < 3) sections.add(new StringBuilder());
                else sections.get(sections.size() - 1).append(lines[i]).append('\n');
                i++;
            }
            while (sections.size() < 3) sections.add(new StringBuilder());
            parts.add(new Example(m.group(2), m.group(1) == null ? "" : m.group(1), sections.get(0).toString(),
                    sections.get(1).toString(), sections.get(2).toString()));
        }
        parts.add(prose.toString());
        return new SpecFile(path, parts);
    }

    List<Example> examples() {
        return parts.stream().filter(Example.class::isInstance).map(Example.class::cast).toList();
    }

    void rewrite(UnaryOperator<Example> actual) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Example ex) {
                Example got = actual.apply(ex);
                out.append(MdxSpecTest.FENCE).append(" example").append(ex.options().isEmpty() ? "" : "(" + ex.options() + ")")
                        .append(' ').append(ex.name()).append('\n').append(ex.input()).append(".\n").append(got.ast())
                        .append(".\n").append(got.errors()).append(MdxSpecTest.FENCE).append('\n');
            } else {
                out.append((String) part);
            }
        }
        Files.writeString(path, out.toString(), StandardCharsets.UTF_8);
    }
}
