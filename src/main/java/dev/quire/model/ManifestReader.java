package dev.quire.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.quire.diag.DiagnosticException;
import dev.quire.diag.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code .quire/manifest.json}: the site URL, pages and redirects; other fields are skipped. */
public final class ManifestReader {

    private ManifestReader() {
    }

    /** Reads a manifest; mistakes are diagnostics at their line. */
    public static Manifest read(SourceText file) {
        String url = "";
        List<Manifest.PageEntry> pages = new ArrayList<>();
        List<Manifest.RedirectEntry> redirects = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(file.text())) {
            expect(json, JsonToken.START_OBJECT, file, "a manifest is a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "url" -> url = json.getValueAsString("");
                    case "pages" -> readArray(json, file, () -> pages.add(page(json, file)));
                    case "redirects" -> readArray(json, file, () -> redirects.add(redirect(json, file)));
                    default -> json.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            throw error(file, e.getLocation(), "not a valid manifest: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(url, pages, redirects);
    }

    private interface Item {
        void read() throws IOException;
    }

    private static void readArray(JsonParser json, SourceText file, Item item) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) throw error(file, json.currentLocation(), "expected a list");
        while (json.nextToken() == JsonToken.START_OBJECT) item.read();
    }

    private static Manifest.PageEntry page(JsonParser json, SourceText file) throws IOException {
        String url = null;
        String source = null;
        JsonLocation at = json.currentLocation();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("url")) url = json.getValueAsString();
            else if (field.equals("source")) source = json.getValueAsString();
            else json.skipChildren();
        }
        if (url == null) throw error(file, at, "a page of the manifest has no \"url\"");
        return new Manifest.PageEntry(url, source);
    }

    private static Manifest.RedirectEntry redirect(JsonParser json, SourceText file) throws IOException {
        String from = null;
        String to = null;
        int status = 301;
        JsonLocation at = json.currentLocation();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "from" -> from = json.getValueAsString();
                case "to" -> to = json.getValueAsString();
                case "status" -> status = json.getValueAsInt(301);
                default -> json.skipChildren();
            }
        }
        if (from == null || to == null) throw error(file, at, "a redirect of the manifest needs \"from\" and \"to\"");
        return new Manifest.RedirectEntry(from, to, status);
    }

    private static void expect(JsonParser json, JsonToken token, SourceText file, String message) throws IOException {
        if (json.nextToken() != token) throw error(file, json.currentLocation(), message);
    }

    private static DiagnosticException error(SourceText file, JsonLocation at, String message) {
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        return new DiagnosticException(file.errorAt(line, column, message));
    }
}
