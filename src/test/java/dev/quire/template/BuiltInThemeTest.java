package dev.quire.template;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in theme, as the repository's {@code templates/} folder holds it. */
class BuiltInThemeTest {

    private static final Path THEME = Path.of("templates");
    private static final Pattern COMMENT = Pattern.compile("\\{#.*?#}", Pattern.DOTALL);

    /**
     * A template writes characters beyond ASCII as references ({@code &copy;}), so a page whose text is
     * ASCII stays an ASCII string: the JVM encodes one to UTF-8 as a plain copy, and any other character
     * sends the whole page through the per-character encoder (one {@code ©} in the footer cost 1.6 % of a
     * build). Comments are not written and may use any character.
     */
    @Test
    void templatesWriteOnlyAscii() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher comments = COMMENT.matcher(text);
                String written = comments.replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
                String[] lines = written.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].chars().anyMatch(c -> c > 0x7F)) found.add(THEME.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
