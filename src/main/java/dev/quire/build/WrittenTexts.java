package dev.quire.build;

import dev.quire.config.Checksums;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.output.OutputSink;
import dev.quire.render.PageText;
import dev.quire.search.PageWords;
import dev.quire.search.SearchIndexFiles;
import dev.quire.search.SearchPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' text as a build keeps it: not at all. Each page's search file ({@code search/p/<n>.json})
 * is written as the page renders, numbered beforehand (the indexed pages in URL order, the numbers the
 * index gives them), and its Markdown copy is in the staging folder; only the words of its sections and
 * a checksum of its search file stay in memory, and llms-full.txt reads the Markdown copies back. A
 * 10,000-page site's text is about 80 MB that the build no longer holds. Thread-safe.
 */
final class WrittenTexts implements PageTexts {

    private final Path staging;
    private final boolean search;
    /** Indexed page URL → its number in the index. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, byte[]> summaries = new ConcurrentHashMap<>();
    private final Map<String, PageWords> words = new ConcurrentHashMap<>();
    private final Map<String, String> markdownFiles = new ConcurrentHashMap<>();

    WrittenTexts(Site site, Path staging) {
        this.staging = staging;
        this.search = site.config().search().enabled();
        List<String> indexed = new ArrayList<>();
        for (Page page : site.pages()) {
            pages.put(page.url(), page);
            if (PageTexts.indexed(page)) indexed.add(page.url());
        }
        indexed.sort(null);
        if (search) for (int n = 0; n < indexed.size(); n++) numbers.put(indexed.get(n), n);
    }

    /** The path of the page's search file in this build, or null when the page has none (no search, or left out). */
    String searchFile(Page page) {
        Integer n = numbers.get(page.url());
        return n == null ? null : SearchIndexFiles.pagePath(n);
    }

    /**
     * Records a page just rendered, whose Markdown copy is written: writes its search file. Returns the
     * summary of that file, or null when it has none.
     */
    byte[] rendered(Page page, PageText text, PageWords counted, OutputSink sink) {
        markdownFiles.put(page.url(), Urls.markdownFile(page.path()));
        words.put(page.url(), counted);
        String file = searchFile(page);
        if (file == null) return null;
        byte[] bytes = SearchIndexFiles.pageFile(page.url(), page.title(), text.sections());
        sink.write(file, bytes);
        byte[] summary = Checksums.summary(bytes);
        summaries.put(page.url(), summary);
        return summary;
    }

    /** Records a page taken over from the previous output, its files in place ({@code summary}: of its search file, or null). */
    void takenOver(Page page, PageWords counted, byte[] summary) {
        markdownFiles.put(page.url(), Urls.markdownFile(page.path()));
        words.put(page.url(), counted);
        if (summary != null) summaries.put(page.url(), summary);
    }

    /** The index's pages; a page that failed is left out (and the build with it fails, so the numbers do not matter). */
    @Override
    public List<SearchPage> searchPages(Site site) {
        List<SearchPage> out = new ArrayList<>();
        for (String url : numbers.keySet()) {
            byte[] summary = summaries.get(url);
            if (summary == null) continue;
            Page page = pages.get(url);
            out.add(SearchPage.written(url, page.title(), page.meta().deprecated() != null, words.get(url), summary));
        }
        return out;
    }

    @Override
    public String markdown(String url) {
        String file = markdownFiles.get(url);
        if (file == null) return null;
        try {
            return Files.readString(staging.resolve(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
