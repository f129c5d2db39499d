package dev.quire.build;

import dev.quire.model.Site;
import dev.quire.output.LlmsTxtOutput;
import dev.quire.output.OutputSink;
import dev.quire.render.PageText;
import dev.quire.search.Analysis;
import dev.quire.search.PageWords;
import dev.quire.search.SearchIndex;
import dev.quire.search.SearchIndexFiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs made from the text of every page at once: the search index ({@code search/…}) and
 * {@code llms.txt}, each section's {@code llms.txt} and {@code llms-full.txt}. One page's edit changes
 * them all (word weights, page numbers, the full text), so the dev server makes them again as one set,
 * off the reload path; these are the same files {@link Renderers#writeOutputs} writes.
 */
final class TextOutputs {

    private static final String LLMS = "llms.txt";
    private static final String LLMS_FULL = "llms-full.txt";

    private TextOutputs() {
    }

    /** Every file, by path in the site, for these pages and their texts (by URL). */
    static Map<String, byte[]> of(Site site, Map<String, PageText> texts) {
        return of(site, texts, Map.of());
    }

    /** The same, with the words of pages counted before ({@code words}, by URL; the others are counted here). */
    static Map<String, byte[]> of(Site site, Map<String, PageText> texts, Map<String, PageWords> words) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        write(site, PageTexts.of(texts, words), files::put);
        return files;
    }

    /**
     * Writes the files to {@code sink} as they are made: the search index's files are let go before the
     * llms files are made, which on a large site hold every page's text again.
     */
    static void write(Site site, PageTexts texts, OutputSink sink) {
        writeSearchIndex(site, texts, sink);
        writeLlms(site, texts, sink);
    }

    /** The search index's files, if the site has search. */
    static void writeSearchIndex(Site site, PageTexts texts, OutputSink sink) {
        if (site.config().search().enabled()) {
            SearchIndex index = SearchIndex.build(texts.searchPages(site), new Analysis(site.config().language()));
            SearchIndexFiles.write(index, sink::write);
        }
    }

    /** The llms files. */
    static void writeLlms(Site site, PageTexts texts, OutputSink sink) {
        LlmsTxtOutput.write(site, texts::markdown, sink);
    }

    /** True for a path that {@link #of} may write: below {@code search/}, or an llms file. */
    static boolean isTextFile(String path) {
        return path.startsWith(SearchIndexFiles.DIR) || path.equals(LLMS) || path.equals(LLMS_FULL) || path.endsWith("/" + LLMS);
    }
}
