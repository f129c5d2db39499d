package dev.quire.content;

import java.util.List;

/** A sidebar badge: its text and variant (note, tip, caution, danger, success, default). */
public record Badge(String text, String variant) {

    public static final List<String> VARIANTS = List.of("note", "tip", "caution", "danger", "success", "default");
}
