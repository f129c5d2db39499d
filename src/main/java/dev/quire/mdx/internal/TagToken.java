package dev.quire.mdx.internal;

import dev.quire.mdx.Prop;

import java.util.List;

/**
 * One JSX tag as read by {@link TagReader}. Offsets are file offsets; {@code endIndex} is the index in
 * the scanned text just after the tag, for the reader's caller to go on from.
 */
record TagToken(Kind kind, String name, int start, int nameOffset, int end, int endIndex, List<Prop> props,
                List<Problem> problems) {

    enum Kind { OPEN, CLOSE, SELF_CLOSING }
}
