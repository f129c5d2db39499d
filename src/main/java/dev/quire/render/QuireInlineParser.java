package dev.quire.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, with {@link #match} and {@link #matchWithGroups} reading the
 * bounds of a match from the matcher itself. flexmark asks {@code Matcher.toMatchResult()} for them,
 * which copies the whole paragraph into a String, one character at a time, for every code span and
 * link; the matches found are the same.
 */
final class QuireInlineParser extends InlineParserImpl {

    private QuireInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                              Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                              List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
        results[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < results.length; i++) {
            results[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return results;
    }

    /**
     * Makes the parser use {@link QuireInlineParser}. flexmark adds its reference definition
     * pre-processor only for its own inline parser, so this extension adds it, after those of the
     * extensions listed before it (list it last, where flexmark puts it).
     */
    static final class Extension implements Parser.ParserExtension {

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserFactory((InlineParserFactory) QuireInlineParser::new);
            if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }
}
