package dev.quire.mdx.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads component tags and {@code {…}} expressions inside paragraphs and headings. Code spans are read
 * by flexmark before we see their braces, and {@code \{} is an escape, so neither reaches here.
 * Lowercase tags are left to flexmark's inline HTML.
 */
public final class MdxInlineParser implements InlineParserExtension {

    private static final Pattern CUSTOM_ID = Pattern.compile("\\{#[A-Za-z0-9_\\-:.]+}\\s*");

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing kept between blocks
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing kept between blocks
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        int i = parser.getIndex();
        if (parser.getBlock() instanceof Heading && CUSTOM_ID.matcher(parser.getInput().subSequence(i)).matches()) {
            return false; // `## Title {#custom-id}`: text; the renderer takes it as the heading's id
        }
        TokenReader reader = new TokenReader(parser.getInput(), false, ProblemList.of(parser.getDocument()));
        if (!reader.startsToken(i)) return false;
        TokenReader.Token token = reader.read(i, true);
        if (token == null) return false;
        parser.flushTextNode();
        parser.getBlock().appendChild(token.node());
        parser.setIndex(token.end());
        return true;
    }

    /** Registers the extension for '<' and '{'. */
    public static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "<{";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser lightInlineParser) {
            return new MdxInlineParser();
        }
    }
}
