package dev.quire.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.redirect.Redirect;
import dev.quire.model.redirect.Redirects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code .quire/manifest.json}: what the build published. Later checks read it (pages removed since a
 * baseline, publishing guards); its {@code pages} list holds every page URL with its source file, its
 * {@code redirects} list every published redirect ({@code from}, {@code to}, {@code status}).
 */
public final class ManifestOutput {

    public static final int VERSION = 1;

    private ManifestOutput() {
    }

    /**
     * Writes the manifest; {@code partials} maps page URLs to the partial files each uses, and
     * {@code redirects} are recorded as published (so later builds know what a removed page became).
     */
    public static void write(Site site, Map<String, Set<String>> partials, Redirects redirects, OutputSink sink) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeStringField("generator", "quire");
            json.writeStringField("url", site.config().url());
            json.writeArrayFieldStart("pages");
            for (Page p : site.pages().stream().sorted(Comparator.comparing(Page::url)).toList()) {
                json.writeStartObject();
                json.writeStringField("url", p.url());
                json.writeStringField("source", p.sitePath());
                json.writeStringField("title", p.title());
                Set<String> used = partials.getOrDefault(p.url(), Set.of());
                if (!used.isEmpty()) {
                    json.writeArrayFieldStart("partials");
                    for (String partial : new TreeSet<>(used)) json.writeString(partial);
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("redirects");
            for (Redirect r : redirects.all()) {
                json.writeStartObject();
                json.writeStringField("from", r.from());
                json.writeStringField("to", r.to());
                json.writeNumberField("status", r.status());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        sink.write(AtomicOutput.MANIFEST, bytes.toByteArray());
    }
}
