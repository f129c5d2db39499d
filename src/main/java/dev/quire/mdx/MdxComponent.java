package dev.quire.mdx;

import java.util.List;
import java.util.Optional;

/**
 * What block and inline components have in common: the name as written, its position, the props in
 * source order, and the offsets of the opening and closing tags. The children are the node's flexmark
 * children (blocks for {@link ComponentBlock}, inlines for {@link ComponentInline}).
 */
public interface MdxComponent {

    /** The component name, exactly as written ({@code TabItem}). */
    String name();

    /** File offset of the first letter of the name in the opening tag. */
    int nameOffset();

    /** The props in source order. */
    List<Prop> props();

    /** True for {@code <Name … />}. */
    boolean selfClosing();

    /** File offset just after the opening tag's {@code >}. */
    int openTagEnd();

    /** File offset of the closing tag's {@code <}, or -1 when self-closing or never closed. */
    int closeTagStart();

    /** The prop of that name, if written. */
    default Optional<Prop> prop(String propName) {
        return props().stream().filter(p -> p.name().equals(propName)).findFirst();
    }
}
