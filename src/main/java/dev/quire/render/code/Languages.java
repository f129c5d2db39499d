package dev.quire.render.code;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a fence's language label means: which grammar highlights it, whether it is plain text on
 * purpose, and whether it is a shell (which gets a terminal frame unless the meta says otherwise).
 */
final class Languages {

    private static final Map<String, String> GRAMMAR = grammarsByLabel();

    private static Map<String, String> grammarsByLabel() {
        Map<String, String> map = new HashMap<>();
        alias(map, "javascript", "js", "javascript", "mjs", "cjs", "jsx");
        alias(map, "typescript", "ts", "typescript", "mts", "cts", "tsx");
        alias(map, "json", "json", "jsonc", "json5");
        alias(map, "bash", "bash", "sh", "shell", "zsh", "shellscript");
        alias(map, "toml", "toml");
        alias(map, "diff", "diff", "patch");
        alias(map, "ini", "ini", "env", "dotenv", "properties", "conf", "cfg");
        alias(map, "yaml", "yaml", "yml");
        alias(map, "python", "python", "py");
        alias(map, "markup", "html", "xml", "svg", "markup", "xhtml");
        alias(map, "css", "css");
        alias(map, "java", "java");
        alias(map, "go", "go", "golang");
        alias(map, "sql", "sql");
        alias(map, "c", "c", "h");
        alias(map, "cpp", "cpp", "c++", "hpp");
        alias(map, "csharp", "csharp", "cs", "c#");
        alias(map, "kotlin", "kotlin", "kt", "kts");
        alias(map, "swift", "swift");
        alias(map, "markdown", "markdown", "md");
        return Map.copyOf(map);
    }

    /** Labels that mean "no highlighting", so they draw no warning. The empty label is one of them. */
    private static final Set<String> PLAIN = Set.of("", "txt", "text", "plaintext", "plain", "none");

    /** Shell-like labels, framed as a terminal by default (as Expressive Code does). */
    private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "zsh", "shellscript", "shellsession",
            "console", "powershell", "ps", "ps1", "bat", "batch", "cmd", "ansi");

    private Languages() {
    }

    private static void alias(Map<String, String> map, String grammar, String... labels) {
        for (String label : labels) {
            map.put(label, grammar);
        }
    }

    /** The grammar for a lowercased label, or null when Quire has none. */
    static String grammarName(String label) {
        return GRAMMAR.get(label);
    }

    static boolean isPlain(String label) {
        return PLAIN.contains(label);
    }

    static boolean isShell(String label) {
        return SHELL.contains(label);
    }
}
