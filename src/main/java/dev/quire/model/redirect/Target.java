package dev.quire.model.redirect;

/**
 * A redirect target split into its path and its suffix ({@code ?query} and/or {@code #fragment}), and
 * the path forms that name the same page: {@code /a/b/}, {@code /a/b} and {@code /a/b/index.html}.
 */
record Target(String path, String suffix) {

    static Target of(String to) {
        int end = pathEnd(to);
        return new Target(to.substring(0, end), to.substring(end));
    }

    static int pathEnd(String to) {
        for (int i = 0; i < to.length(); i++) {
            if (to.charAt(i) == '?' || to.charAt(i) == '#') return i;
        }
        return to.length();
    }

    static boolean isAbsolute(String to) {
        return to.startsWith("https://") || to.startsWith("http://");
    }

    /** The key under which a path is looked up: no trailing {@code index.html} or slash ("/" stays). */
    static String key(String path) {
        String p = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    /** This target with another suffix kept, when this one has none of its own. */
    String with(String laterSuffix) {
        return path + (suffix.isEmpty() ? laterSuffix : suffix);
    }
}
