package dev.quire.output;

import dev.quire.model.NavItem;
import dev.quire.model.Page;
import dev.quire.model.Site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site for language-model tools (llmstxt.org): {@code llms.txt} at the root with the site's title
 * and description and a link line per page (to its Markdown copy, with its description), grouped by
 * top-level section in sidebar order; one {@code llms.txt} per top-level section with its pages; and
 * {@code llms-full.txt} with every page's Markdown.
 */
public final class LlmsTxtOutput {

    private LlmsTxtOutput() {
    }

    /**
     * Writes the files; {@code markdown} gives each page's Markdown copy by URL, or null for a page that
     * failed (left out). llms-full.txt has the pages in reading order (the sidebar's), then the others.
     */
    public static void write(Site site, Function<String, String> markdown, OutputSink sink) {
        Set<String> present = writeFull(site, markdown, sink);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("", "Pages");
        for (NavItem section : site.nav().sections()) labels.put(section.key(), section.label());
        Map<String, List<Page>> groups = new LinkedHashMap<>();
        labels.keySet().forEach(k -> groups.put(k, new ArrayList<>()));
        for (Page page : site.nav().readingOrder()) {
            if (present.contains(page.url())) groups.computeIfAbsent(page.sectionKey(), k -> new ArrayList<>()).add(page);
        }
        StringBuilder root = header(site.config().title(), site.config().description());
        groups.forEach((key, pages) -> {
            if (pages.isEmpty()) return;
            String label = labels.getOrDefault(key, key);
            root.append("## ").append(label).append("\n\n");
            lines(site, pages, root);
            root.append('\n');
            if (!key.isEmpty()) {
                Page index = site.nav().folderIndex().get(key);
                StringBuilder section = header(label + " — " + site.config().title(),
                        index != null ? index.description() : null);
                lines(site, pages, section);
                sink.write(key + "llms.txt", section.toString());
            }
        });
        sink.write("llms.txt", root.toString().strip() + "\n");
    }

    /**
     * Writes llms-full.txt, asking for each page's Markdown once; returns the URLs of the pages it has. The
     * file holds every page's text, tens of megabytes on a large site: it is put together as UTF-8 pieces
     * copied once into the file's bytes, not grown in a string builder and encoded again.
     */
    private static Set<String> writeFull(Site site, Function<String, String> markdown, OutputSink sink) {
        Set<String> urls = new LinkedHashSet<>();
        for (Page page : site.nav().readingOrder()) urls.add(page.url());
        for (Page page : site.pages()) urls.add(page.url());
        Set<String> present = new HashSet<>();
        List<byte[]> pieces = new ArrayList<>();
        pieces.add(utf8(header(site.config().title(), site.config().description())));
        for (String url : urls) {
            String md = markdown.apply(url);
            if (md == null) continue;
            present.add(url);
            pieces.add(utf8("<!-- " + site.permalink(url) + " -->\n\n" + md.strip() + "\n\n"));
        }
        long size = 0;
        for (byte[] piece : pieces) size += piece.length;
        // the pages' text ends stripped, so what trails is ASCII white space (the stripping Character.isWhitespace does)
        int last = pieces.size() - 1;
        int end = pieces.get(last).length;
        while (last >= 0) {
            byte[] piece = pieces.get(last);
            while (end > 0 && Character.isWhitespace(piece[end - 1])) {
                end--;
                size--;
            }
            if (end > 0 || last == 0) break;
            last--;
            end = pieces.get(last).length;
        }
        byte[] file = new byte[Math.toIntExact(size + 1)];
        int at = 0;
        for (int i = 0; i <= last; i++) {
            byte[] piece = pieces.get(i);
            int length = i == last ? end : piece.length;
            System.arraycopy(piece, 0, file, at, length);
            at += length;
            pieces.set(i, null);
        }
        file[at] = '\n';
        sink.write("llms-full.txt", file);
        return present;
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder header(String title, String description) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        if (description != null && !description.isBlank()) out.append("> ").append(description.strip()).append("\n\n");
        return out;
    }

    private static void lines(Site site, List<Page> pages, StringBuilder out) {
        for (Page page : pages) {
            out.append("- [").append(page.title()).append("](").append(site.permalink(page.url())).append("index.md)");
            String description = page.description();
            if (description != null && !description.isBlank()) out.append(": ").append(description.strip());
            out.append('\n');
        }
    }
}
