package dev.quire.template;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Pebble engine of one build: templates from the site's {@code templates/} first, then the
 * built-in theme; autoescaping and strict variables on; templates reach only plain data and Quire's
 * view records. A template failure becomes a diagnostic at the template's file and line.
 */
public final class TemplateEngine {

    private final PebbleEngine pebble;
    private final ThemeFiles files;
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

    public TemplateEngine(ThemeFiles files, Map<String, String> assetUrls, Map<String, Function> functions) {
        this.files = files;
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(files.siteTemplates())) {
            FileLoader own = new FileLoader(files.siteTemplates().toString());
            own.setSuffix("");
            loaders.add(own);
        }
        ClasspathLoader builtin = new ClasspathLoader(TemplateEngine.class.getClassLoader());
        builtin.setPrefix(ThemeFiles.CLASSPATH_PREFIX.substring(0, ThemeFiles.CLASSPATH_PREFIX.length() - 1));
        builtin.setSuffix("");
        loaders.add(builtin);
        this.pebble = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaping())
                .newLineTrimming(true)
                .methodAccessValidator(new TemplateAccessPolicy())
                .extension(new SiteExtension(assetUrls, functions))
                .build();
    }

    public ThemeFiles files() {
        return files;
    }

    /** True when a template of this name exists in the site or the theme (looked up once per name). */
    public boolean exists(String name) {
        return exists.computeIfAbsent(name, n -> ThemeFiles.safe(n) && files.read(n).isPresent());
    }

    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter(8192);
        render(name, context, out);
        return out.toString();
    }

    public void render(String name, Map<String, Object> context, Writer out) {
        try {
            PebbleTemplate template = pebble.getTemplate(name);
            template.evaluate(out, context);
        } catch (PebbleException e) {
            throw new DiagnosticException(diagnostic(name, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A diagnostic at the template's file and line, from a Pebble failure. */
    public Diagnostic diagnostic(String name, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : name;
        String message = e.getPebbleMessage() == null ? "template failed" : e.getPebbleMessage();
        int line = e.getLineNumber() == null || e.getLineNumber() < 1 ? 1 : e.getLineNumber();
        String display = files.displayName(file);
        String text = files.read(file).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        SourceText source = new SourceText(display, text);
        return source.errorAt(line, 1, message);
    }
}
