package dev.quire.render;

import com.vladsch.flexmark.util.ast.Node;

import java.util.Map;

/**
 * The Java side of a built-in component: what its template needs that its props cannot say — values
 * read from the component's own tree (the code of the fence it wraps), from the site model (pages,
 * folders), or checks of its children. It adds variables for the template and reports each problem at
 * its position in the page's diagnostics. A site that overrides the template gets the same variables.
 */
interface ComponentModel {

    /**
     * Prepares one use of the component.
     *
     * @param node  the component's node (its children are the parsed content between the tags)
     * @param props the props as the template sees them (constants and partial params resolved)
     * @param vars  where to put the template variables
     * @return false when the component cannot be rendered (the problem has been reported)
     */
    boolean prepare(Node node, Map<String, Object> props, PageContext page, Map<String, Object> vars);
}
