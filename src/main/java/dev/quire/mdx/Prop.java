package dev.quire.mdx;

/**
 * One prop of a component tag, as written: {@code name="x"}, {@code n={3}}, a bare {@code flag}.
 *
 * @param name        the prop name
 * @param value       a String, Long or Double, Boolean, {@code LinkedHashMap<String,Object>},
 *                    {@code List<Object>}, {@link PropRef} or {@link ConstRef} (nested the same way)
 * @param offset      file offset of the prop name
 * @param valueOffset file offset of the value (the quote or brace), or of the name for a bare flag
 */
public record Prop(String name, Object value, int offset, int valueOffset) {
}
