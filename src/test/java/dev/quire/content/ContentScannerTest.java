package dev.quire.content;

import dev.quire.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentScannerTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextIncludingAReplacementCharacterOfItsOwn() throws IOException {
        String text = "---\ntitle: Café ☃ \uD83D\uDE00\n---\nA real \uFFFD in the text, and ü.\n";
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/a.md"), text);
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = ContentScanner.readOne(dir, "a.md", diagnostics);
        assertThat(diagnostics.isEmpty()).isTrue();
        assertThat(file.source().text()).isEqualTo(text);
        assertThat(file.meta().title()).isEqualTo("Café ☃ \uD83D\uDE00");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtTheFile() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("content/b.md"), latin1);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ContentScanner.readOne(dir, "b.md", diagnostics)).isNull();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("file is not UTF-8 text");
            assertThat(d.position().file()).isEqualTo("content/b.md");
        });
    }

    @Test
    void utf8IsTheStringConstructorsTextOrAnError() throws CharacterCodingException {
        assertThat(ContentScanner.utf8("plain".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain");
        assertThat(ContentScanner.utf8("\uFFFD".getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFFFD");
        assertThatThrownBy(() -> ContentScanner.utf8(new byte[]{'a', (byte) 0xC3})).isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> ContentScanner.utf8(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isInstanceOf(CharacterCodingException.class);
    }
}
