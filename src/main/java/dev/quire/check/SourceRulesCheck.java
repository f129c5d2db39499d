package dev.quire.check;

import dev.quire.config.CheckConfig;
import dev.quire.config.DataFiles;
import dev.quire.config.YamlReader;
import dev.quire.content.ContentScanner;
import dev.quire.content.FrontMatter;
import dev.quire.content.SourceFile;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Diagnostics;
import dev.quire.diag.Severity;
import dev.quire.diag.SourceText;
import dev.quire.diag.Suggestions;
import dev.quire.model.facts.PageFacts;
import dev.quire.model.facts.Rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content rules that read files as text: every page has a {@code description}
 * ({@code missing-description}); every param a partial declares is read as {@code {props.name}}
 * ({@code unused-partial-param}); values that {@code check.data_values} ties to a data file are in it
 * ({@code unknown-data-value}).
 */
public final class SourceRulesCheck implements Check {

    @Override
    public String name() {
        return "source rules";
    }

    @Override
    public void run(CheckContext context, Diagnostics diagnostics) {
        List<SourceText> texts = new ArrayList<>();
        for (PageFacts page : context.facts().values()) {
            SourceFile file = ContentScanner.readOne(context.site(), page.source().substring(ContentScanner.DIR.length() + 1), new Diagnostics());
            texts.add(file.source());
            String description = file.meta().description();
            if (description == null || description.isBlank()) {
                add(context, diagnostics, Rule.MISSING_DESCRIPTION, file.source(), 0, "page has no description",
                        "add description: to its frontmatter: one sentence for search results and link previews");
            }
        }
        for (SourceText partial : partials(context.site())) {
            texts.add(partial);
            unusedParams(context, diagnostics, partial);
        }
        DataValueRule values = new DataValueRule(context, diagnostics);
        for (CheckConfig.DataValues rule : context.config().check().dataValues()) values.check(rule, texts);
    }

    private static void unusedParams(CheckContext context, Diagnostics diagnostics, SourceText partial) {
        FrontMatter fm = FrontMatter.split(partial);
        if (!fm.present()) return;
        Object params = new YamlReader(partial, fm.yamlLine()).read(fm.yaml()).asMap().get("params");
        if (!(params instanceof List<?> names)) return;
        int from = partial.text().indexOf("params");
        for (Object o : names) {
            String name = String.valueOf(o).replaceAll("\\?$", "");
            if (Pattern.compile("props\\." + Pattern.quote(name) + "\\b").matcher(fm.maskedText()).find()) continue;
            Matcher at = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(partial.text());
            int offset = at.find(Math.max(0, from)) ? at.start() : 0;
            add(context, diagnostics, Rule.UNUSED_PARTIAL_PARAM, partial, offset,
                    "param '" + name + "' is declared but the partial never reads {props." + name + "}",
                    "use {props." + name + "} in the partial, or remove it from params:");
        }
    }

    static void add(CheckContext context, Diagnostics diagnostics, Rule rule, SourceText file, int offset, String message, String hint) {
        Severity severity = context.severities().of(rule);
        if (severity == null) return;
        Diagnostic d = severity == Severity.ERROR ? file.error(offset, message + " [" + rule.id() + "]")
                : file.warning(offset, message + " [" + rule.id() + "]");
        diagnostics.add(d.withHint(hint));
    }

    private static List<SourceText> partials(Path site) {
        Path root = site.resolve("partials");
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            List<SourceText> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".mdx") || p.toString().endsWith(".md")).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                out.add(new SourceText(rel, Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One {@code check.data_values} entry applied to page and partial texts. */
    private record DataValueRule(CheckContext context, Diagnostics diagnostics) {

        void check(CheckConfig.DataValues rule, List<SourceText> texts) {
            Object data = DataFiles.load(context.site(), new Diagnostics()).get(rule.data());
            List<String> allowed = new ArrayList<>();
            if (data instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> m && m.get(rule.field()) != null) allowed.add(String.valueOf(m.get(rule.field())));
                }
            }
            if (allowed.isEmpty()) {
                diagnostics.add(Diagnostic.error(rule.position(), "data_values names data/" + rule.data() + ".yaml with field '"
                        + rule.field() + "', but it holds no such values").withHint("point data and field at a data file that is a list of records"));
                return;
            }
            Pattern pattern = Pattern.compile(rule.pattern());
            for (SourceText text : texts) {
                Matcher m = pattern.matcher(text.text());
                while (m.find()) {
                    String value = m.group(1);
                    if (value == null || allowed.contains(value)) continue;
                    add(context, diagnostics, Rule.UNKNOWN_DATA_VALUE, text, m.start(1),
                            "'" + value + "' is no " + rule.field() + " in data/" + rule.data() + ".yaml",
                            Suggestions.nearest(value, allowed).map(s -> "did you mean '" + s + "'? ").orElse("")
                                    + "use a value listed there, or add it to data/" + rule.data() + ".yaml");
                }
            }
        }
    }
}
