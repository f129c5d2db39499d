package dev.quire.render.code;

import io.noties.prism4j.annotations.PrismBundle;

/**
 * Asks the prism4j-bundler annotation processor for the grammars prism4j ships (generated into
 * {@code BundledGrammarLocator}). JavaScript, TypeScript, JSON and the languages prism4j lacks are
 * hand-ported in this package instead; see {@link Grammars}.
 */
@PrismBundle(
        include = {"clike", "markup", "css", "yaml", "python", "java", "go", "sql", "c", "cpp",
                "csharp", "kotlin", "swift", "markdown"},
        grammarLocatorClassName = ".BundledGrammarLocator")
final class BundledGrammars {

    private BundledGrammars() {
    }
}
