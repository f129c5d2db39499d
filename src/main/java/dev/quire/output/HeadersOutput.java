package dev.quire.output;

import java.util.Collection;

/**
 * {@code _headers} at the output root, read by Cloudflare Pages and Netlify: content-hashed theme
 * assets may be cached for a year, pages must be revalidated. The patterns never overlap, because
 * Cloudflare joins the values of a header that several matching rules set.
 */
public final class HeadersOutput {

    public static final String FILE = "_headers";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, max-age=0, must-revalidate";

    private HeadersOutput() {
    }

    /** {@code assets}: the hashed asset files as written ("assets/theme.1a2b3c4d.css"). */
    public static void write(String basePath, Collection<String> assets, OutputSink sink) {
        StringBuilder out = new StringBuilder("# Written by Quire: hashed assets never change, pages do.\n");
        for (String asset : assets.stream().sorted().toList()) rule(out, basePath + asset, IMMUTABLE);
        rule(out, basePath, REVALIDATE);
        rule(out, basePath + "*/", REVALIDATE);
        rule(out, basePath + "*.html", REVALIDATE);
        sink.write(FILE, out.toString());
    }

    private static void rule(StringBuilder out, String pattern, String cacheControl) {
        out.append(pattern).append("\n  Cache-Control: ").append(cacheControl).append('\n');
    }
}
