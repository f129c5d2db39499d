package dev.quire.model.redirect;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Position;
import dev.quire.diag.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every {@code redirects/*.txt} of a site, in name order, into rules. */
public final class RedirectFiles {

    public static final String DIR = "redirects";

    private RedirectFiles() {
    }

    public static List<RedirectRule> read(Path siteDir, Diagnostics diagnostics) {
        Path dir = siteDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return List.of();
        List<RedirectRule> rules = new ArrayList<>();
        for (String name : names(dir)) {
            String sitePath = DIR + "/" + name;
            try {
                byte[] bytes = Files.readAllBytes(dir.resolve(name));
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = " " + text.substring(1);
                rules.addAll(RedirectParser.parse(new SourceText(sitePath, text), diagnostics));
            } catch (CharacterCodingException e) {
                diagnostics.add(Diagnostic.error(Position.fileOnly(sitePath), "file is not UTF-8 text"));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(Position.fileOnly(sitePath), "cannot read file: " + e.getMessage()));
            }
        }
        return rules;
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
