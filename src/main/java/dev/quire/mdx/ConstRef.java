package dev.quire.mdx;

/** A reference to a constant of the page, {@code export const name = "…"}, written {@code {name}}. */
public record ConstRef(String name) {
}
