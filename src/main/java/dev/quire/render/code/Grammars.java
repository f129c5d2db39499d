package dev.quire.render.code;

import io.noties.prism4j.GrammarUtils;
import io.noties.prism4j.Prism4j;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every grammar Quire highlights with, built once and never changed afterwards, so that any number
 * of threads may tokenize with them. prism4j's generated locator caches lazily in a plain
 * {@code HashMap} and edits grammars as they load ({@code markup} gains CSS), so all loading happens
 * here, up front, under one lock. Each grammar is then compiled for {@link Tokenizer}.
 */
final class Grammars {

    /** Grammars prism4j's bundle provides, by the names its locator knows. */
    private static final List<String> BUNDLED = List.of("markup", "css", "yaml", "python", "java", "go", "sql", "c",
            "cpp", "csharp", "kotlin", "swift", "markdown");

    private final Map<String, Prism4j.Grammar> byName;
    private final Map<String, CompiledGrammar> compiled;
    private final Tokenizer tokenizer;

    private Grammars(Map<String, Prism4j.Grammar> byName) {
        this.byName = Map.copyOf(byName);
        CompiledGrammar.Compiler compiler = new CompiledGrammar.Compiler();
        Map<String, CompiledGrammar> compiled = new HashMap<>();
        byName.keySet().stream().sorted().forEach(name -> compiled.put(name, compiler.compile(byName.get(name))));
        this.compiled = Map.copyOf(compiled);
        this.tokenizer = new Tokenizer(compiler.slotCount());
    }

    /** Builds the whole set; takes a few milliseconds, so call it once per build. */
    static synchronized Grammars load() {
        Prism4j bundle = new Prism4j(new BundledGrammarLocator());
        Map<String, Prism4j.Grammar> grammars = new HashMap<>();
        for (String name : BUNDLED) {
            grammars.put(name, GrammarUtils.require(bundle, name));
        }
        Prism4j.Grammar javascript = JavaScriptGrammar.create();
        grammars.put("javascript", javascript);
        grammars.put("typescript", TypeScriptGrammar.create(javascript));
        grammars.put("json", JsonGrammar.create());
        grammars.put("bash", BashGrammar.create());
        grammars.put("toml", TomlGrammar.create());
        grammars.put("diff", DiffGrammar.create());
        grammars.put("ini", IniGrammar.create());
        return new Grammars(grammars);
    }

    /** The grammar of that canonical name (see {@link Languages#grammarName}), or null. */
    CompiledGrammar find(String name) {
        return name == null ? null : compiled.get(name);
    }

    /** The same grammar as prism4j holds it (what {@link Tokenizer} is tested against), or null. */
    Prism4j.Grammar source(String name) {
        return name == null ? null : byName.get(name);
    }

    /** The tokenizer for these grammars. */
    Tokenizer tokenizer() {
        return tokenizer;
    }
}
