package dev.quire.testing;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.cli.Main;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole site written inline in txtar form ({@code -- path --} lines followed by the file's text),
 * built in a temp folder and asserted on its output:
 * <pre>
 * TestSite site = TestSite.of(dir, """
 *     -- site.yaml --
 *     title: Docs
 *     -- content/index.mdx --
 *     ---
 *     title: Home
 *     ---
 *     Hello
 *     """);
 * site.build().html("index.html").select("main h1")
 * </pre>
 */
public final class TestSite {

    private final Path dir;
    private BuildResult last;

    private TestSite(Path dir) {
        this.dir = dir;
    }

    public static TestSite of(Path dir, String txtar) {
        TestSite site = new TestSite(dir);
        parse(txtar).forEach(site::write);
        return site;
    }

    /** Splits txtar text into path → content. */
    public static Map<String, String> parse(String txtar) {
        Map<String, String> files = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (name != null) files.put(name, text.toString());
                name = line.substring(3, line.length() - 3).trim();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) files.put(name, text.toString().replaceAll("\n\n$", "\n"));
        return files;
    }

    public Path dir() {
        return dir;
    }

    public Path out() {
        return dir.resolve("dist");
    }

    public TestSite write(String path, String content) {
        try {
            Path p = dir.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite edit(String path, String from, String to) {
        String text = read(dir.resolve(path));
        assertThat(text).as("%s contains %s", path, from).contains(from);
        return write(path, text.replace(from, to));
    }

    public TestSite delete(String path) {
        try {
            Files.delete(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Builds into dist/ and expects success. */
    public TestSite build() {
        BuildResult r = tryBuild();
        assertThat(r.failed()).as("build failed:%n%s", report(r)).isFalse();
        return this;
    }

    /** Builds into dist/, succeeding or not. */
    public BuildResult tryBuild() {
        return tryBuild(new BuildOptions(dir, out(), false));
    }

    public BuildResult tryBuild(BuildOptions options) {
        last = Build.run(options);
        return last;
    }

    public BuildResult result() {
        return last;
    }

    /** The diagnostics of the last build, formatted as the terminal shows them. */
    public String report() {
        return report(last);
    }

    public static String report(BuildResult r) {
        return r.diagnostics().stream().map(Reporter::format).collect(Collectors.joining());
    }

    public String file(String outputPath) {
        Path p = out().resolve(outputPath);
        assertThat(p).as("output file %s", outputPath).exists();
        return read(p);
    }

    public boolean exists(String outputPath) {
        return Files.exists(out().resolve(outputPath));
    }

    public Document html(String outputPath) {
        return Jsoup.parse(file(outputPath), "https://example.com/");
    }

    /** Runs the command line in the site folder; returns exit code, stdout and stderr. */
    public static Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), withoutAgentLines(err.toString(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Jazzer's agent logs each class it instruments to System.err, in whichever test loads it first. */
    private static String withoutAgentLines(String err) {
        return err.replaceAll("(?m)^INFO: Instrumented .*\\R", "");
    }

    /** The outcome of a command line run. */
    public record Run(int exitCode, String out, String err) {
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String format(Diagnostic d) {
        return Reporter.format(d);
    }
}
