package dev.quire.mdx;

/** A reference to a partial's parameter, {@code props.name}, in text or in a prop value. */
public record PropRef(String name) {
}
