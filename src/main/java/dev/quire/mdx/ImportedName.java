package dev.quire.mdx;

/**
 * A name bound by an import statement ({@code Tabs} in {@code import { Tabs } from "~/components"}).
 *
 * @param offset file offset of the name
 * @param from   the module string
 */
public record ImportedName(String name, int offset, String from) {
}
