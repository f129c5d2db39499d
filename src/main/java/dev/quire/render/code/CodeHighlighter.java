package dev.quire.render.code;

import java.util.List;
import java.util.Locale;

/**
 * Build-time syntax highlighting with Prism grammars (prism4j's plus grammars ported in this package),
 * tokenized by {@link Tokenizer}.
 * Create one per build with {@link #create()} and share it: it holds only immutable grammars, so
 * any number of threads may call it at once.
 *
 * <p>Output uses Prism.js class names ({@code <span class="token keyword">}), so Prism CSS themes apply.
 */
public final class CodeHighlighter {

    private final Grammars grammars;

    private CodeHighlighter(Grammars grammars) {
        this.grammars = grammars;
    }

    /** Builds every grammar once; keep the result for the whole build. */
    public static CodeHighlighter create() {
        return new CodeHighlighter(Grammars.load());
    }

    /**
     * Highlights {@code code} and returns one HTML string per line ({@code \n}, {@code \r\n} and
     * {@code \r} all end a line; a final line end yields a last, empty line). Each string has balanced
     * spans and HTML-escaped text; with the tags removed and unescaped, the lines joined by {@code \n}
     * are exactly the code with its line ends made {@code \n}. A language without a grammar (or a
     * block its grammar cannot handle) comes back as plain escaped lines.
     *
     * @param language the fence's label, any case ({@code ts}, {@code TypeScript}, {@code sh}…)
     */
    public List<String> highlightLines(String language, String code) {
        return highlight(language, code).lines();
    }

    /** Highlighted lines plus, when the block could not be highlighted, why (for {@link CodeBlockHtml}). */
    Result highlight(String language, String code) {
        String label = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        String text = code.indexOf('\r') < 0 ? code : code.replace("\r\n", "\n").replace('\r', '\n');
        CompiledGrammar grammar = grammars.find(Languages.grammarName(label));
        // prism4j's matchGrammar fails on empty text, and there is nothing to highlight anyway
        if (text.isEmpty()) return new Result(plain(text), null);
        if (grammar == null) {
            String warning = Languages.isPlain(label) ? null
                    : "no syntax highlighting for language '" + label + "'; the block is shown as plain text";
            return new Result(plain(text), warning);
        }
        try {
            return new Result(HtmlLines.of(grammars.tokenizer().tokenize(text, grammar)), null);
        } catch (StackOverflowError | RuntimeException e) {
            // java.util.regex recurses per repetition of some loops; a huge token can exhaust the stack.
            return new Result(plain(text), "the '" + label + "' highlighter could not handle this block ("
                    + e.getClass().getSimpleName() + "); the block is shown as plain text");
        }
    }

    private static List<String> plain(String text) {
        return HtmlLines.of(List.of(new Tokenizer.Text(text, 0, text.length())));
    }

    /** @param warning null when highlighting went as asked */
    record Result(List<String> lines, String warning) {
    }
}
