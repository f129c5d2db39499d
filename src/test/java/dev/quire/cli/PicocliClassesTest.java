package dev.quire.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * picocli is compiled from its sources with Quire's code (pom.xml): its own jar holds Java 5 class files,
 * which the JVM's class-data archive that {@code bin/quire} makes cannot hold.
 */
class PicocliClassesTest {

    @Test
    void picocliIsCompiledWithQuire() throws IOException {
        assertThat(Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().getPath()))
                .as("picocli comes from Quire's own classes, not a jar")
                .isEqualTo(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
        try (InputStream in = CommandLine.class.getResourceAsStream("CommandLine.class")) {
            byte[] head = in.readNBytes(8);
            int major = (head[6] & 0xff) << 8 | (head[7] & 0xff);
            assertThat(major).as("class file version").isGreaterThanOrEqualTo(61);
        }
    }
}
