package dev.quire.mdx;

import java.util.List;

/** The opening-tag data both component node kinds share. */
final class ComponentTag {

    final String name;
    final int nameOffset;
    final List<Prop> props;
    final boolean selfClosing;
    final int openTagEnd;
    int closeTagStart = -1;

    ComponentTag(String name, int nameOffset, List<Prop> props, boolean selfClosing, int openTagEnd) {
        this.name = name;
        this.nameOffset = nameOffset;
        this.props = List.copyOf(props);
        this.selfClosing = selfClosing;
        this.openTagEnd = openTagEnd;
    }

    void astExtra(StringBuilder out) {
        out.append(" name:").append(name);
        for (Prop p : props) out.append(' ').append(p.name()).append('=').append(p.value());
    }
}
