package dev.quire.output;

import dev.quire.model.NavItem;
import dev.quire.model.Page;
import dev.quire.model.Site;

import java.util.ArrayList;
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

    /** Writes the files; {@code markdown} holds each page's Markdown copy by URL (pages that failed are missing). */
    public static void write(Site site, Map<String, String> markdown, OutputSink sink) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("", "Pages");
        for (NavItem section : site.nav().sections()) labels.put(section.key(), section.label());
        Map<String, List<Page>> groups = new LinkedHashMap<>();
        labels.keySet().forEach(k -> groups.put(k, new ArrayList<>()));
        for (Page page : site.nav().readingOrder()) {
            if (markdown.containsKey(page.url())) groups.computeIfAbsent(page.sectionKey(), k -> new ArrayList<>()).add(page);
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
        // sized once: on a large site this file holds every page's text, tens of megabytes
        int size = 256;
        for (String md : markdown.values()) size += md.length() + 128;
        StringBuilder full = new StringBuilder(size).append(header(site.config().title(), site.config().description()));
        markdown.forEach((url, md) -> full.append("<!-- ").append(site.permalink(url)).append(" -->\n\n").append(md.strip()).append("\n\n"));
        int end = full.length();
        while (end > 0 && Character.isWhitespace(full.charAt(end - 1))) end--;
        full.setLength(end);
        sink.write("llms-full.txt", full.append('\n').toString());
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
