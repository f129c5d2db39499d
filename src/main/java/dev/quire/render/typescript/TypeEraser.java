package dev.quire.render.typescript;

/**
 * Turns TypeScript into JavaScript by erasing its types and nothing else, for showing a TypeScript
 * example next to its JavaScript. A small tokenizer-driven eraser in the spirit of the
 * {@code ts-blank-space} npm package: no type checking, no down-levelling, no reformatting.
 *
 * <p>Line numbers and comments survive: erased text keeps its line breaks, so an interface that took
 * four lines leaves four empty lines. Unlike {@code ts-blank-space}, which writes spaces over the
 * types so that columns survive too, the erased text is removed, with the spaces beside it that would
 * otherwise double up, and any line an erasure touched loses its trailing spaces: the JavaScript reads
 * as if written by hand ({@code async fetch(request, env) {}}) and can be copied as it is. Comments
 * inside erased types (an interface's member comments) go with them.
 *
 * <p>What is erased: interfaces, type aliases and {@code declare} declarations (also exported);
 * annotations on variables, parameters, properties and return types (also of arrow functions);
 * type parameters and type arguments ({@code f<T>(x)}, {@code new Map<K, V>()}); {@code as},
 * {@code satisfies} and {@code <T>x} assertions; non-null {@code !}; {@code implements};
 * {@code public private protected readonly override abstract}; optional {@code ?} and definite
 * {@code !}; {@code this} parameters; index signatures, overloads, abstract and declared members;
 * type-only imports and exports. Where an erasure would let the next line continue the previous
 * statement, a semicolon takes its place.
 *
 * <p>What is refused, with a {@link TypeEraseException} at its position: syntax with runtime
 * semantics ({@code enum}, {@code namespace} and {@code module} blocks, parameter properties,
 * decorators, {@code import x = require()}, {@code export =}) and code the eraser cannot read. It
 * never returns JavaScript it is unsure of.
 */
public final class TypeEraser {

    private TypeEraser() {
    }

    /**
     * The JavaScript for {@code typescript}, with as many lines.
     *
     * @throws TypeEraseException if the code holds TypeScript that cannot be erased, or cannot be read
     */
    public static String erase(String typescript) throws TypeEraseException {
        return new Erasure(typescript).run();
    }
}
