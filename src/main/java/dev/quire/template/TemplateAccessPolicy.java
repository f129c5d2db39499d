package dev.quire.template;

import io.pebbletemplates.pebble.attributes.methodaccess.MethodAccessValidator;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a template may call: accessors of Quire's own view records, of plain data (text, numbers,
 * booleans, maps, lists) and of Pebble's {@code loop} variable ({@code loop.index}, {@code loop.first}
 * …). Nothing declared on {@code Object} but {@code toString}, and no other class,
 * so a template cannot reach {@code getClass()}, reflection, the file system or the runtime.
 */
final class TemplateAccessPolicy implements MethodAccessValidator {

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");
    private static final String LOOP_VARIABLES = "io.pebbletemplates.pebble.node.ForNode$LoopVariables";

    @Override
    public boolean isMethodAccessAllowed(Object object, Method method) {
        if (method.getDeclaringClass() == Object.class) return OBJECT_METHODS.contains(method.getName());
        if (method.getDeclaringClass() == Class.class || object instanceof Class<?>) return false;
        if (object instanceof CharSequence || object instanceof Number || object instanceof Boolean
                || object instanceof Character || object instanceof Map<?, ?> || object instanceof Collection<?>
                || object instanceof Map.Entry<?, ?>) {
            return true;
        }
        Class<?> type = object.getClass();
        if (type.getName().equals(LOOP_VARIABLES)) return true;
        return type.isRecord() && type.getName().startsWith("dev.quire.");
    }
}
