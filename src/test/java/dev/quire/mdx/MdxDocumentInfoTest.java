package dev.quire.mdx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MdxDocumentInfoTest {

    @Test
    void importsAndConstantsAreRecordedWithPositions() {
        String text = "import { Tabs, TabItem as Item } from \"~/components\";\n\nexport const name = \"Quire\";\n";
        MdxTesting.Parsed p = MdxTesting.parse("a.mdx", text, true);
        MdxDocumentInfo info = MdxExtension.info(p.document());
        assertThat(info.imports()).containsExactly(new ImportedName("Tabs", 9, "~/components"),
                new ImportedName("Item", 26, "~/components"));
        assertThat(info.constants()).isEqualTo(Map.of("name", "Quire"));
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void packageDependsOnlyOnDiagFlexmarkAndTheJdk() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/quire/mdx"))) {
            List<String> bad = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java\\.|com\\.vladsch\\.flexmark\\.|dev\\.quire\\.(diag|mdx)\\.).*"))
                            .map(l -> f + ": " + l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(bad).isEmpty();
        }
    }
}
