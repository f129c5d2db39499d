package dev.quire.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every heading of a document an id: GitHub's slug of its text, made unique with -1, -2, …;
 * {@code ## Title {#custom-id}} sets one explicitly (the suffix is removed from the text).
 */
public final class HeadingIds {

    /** A heading with its id, level and plain text. */
    public record Heading(String id, int level, String text) {
    }

    /** Each heading node of the document with its id and text, as {@link #assign} found them. */
    static final DataKey<Map<Node, Heading>> IDS = new DataKey<>("QUIRE_HEADING_IDS", new IdentityHashMap<>());
    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([A-Za-z0-9_\\-:.]+)}\\s*$");

    private HeadingIds() {
    }

    /** Assigns ids to the document's headings (in order) and returns them for the table of contents. */
    public static List<Heading> assign(Document document) {
        Map<Node, Heading> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        List<Heading> out = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : Descendants.of(document)) {
            if (!(node instanceof com.vladsch.flexmark.ast.Heading h)) continue;
            String custom = h.isExplicitAnchorRefId() ? h.getAnchorRefId() : stripCustomId(h);
            String plain = text.collectAndGetText(h).strip();
            String base = custom != null ? custom : slug(plain);
            if (base.isEmpty()) base = "section";
            String id = base;
            for (int n = 1; !used.add(id); n++) id = base + "-" + n;
            Heading heading = new Heading(id, h.getLevel(), plain);
            ids.put(h, heading);
            out.add(heading);
        }
        document.set(IDS, ids);
        return out;
    }

    private static String stripCustomId(com.vladsch.flexmark.ast.Heading h) {
        if (!(h.getLastChild() instanceof Text last)) return null;
        BasedSequence chars = last.getChars();
        Matcher m = CUSTOM_ID.matcher(chars);
        if (!m.find()) return null;
        last.setChars(chars.subSequence(0, m.start()));
        return m.group(1);
    }

    /** GitHub's slug: lower case, punctuation removed, spaces to hyphens (github-slugger rules). */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') out.append('-');
            else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) out.appendCodePoint(c);
        });
        return out.toString();
    }
}
