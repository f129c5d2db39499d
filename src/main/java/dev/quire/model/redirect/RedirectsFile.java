package dev.quire.model.redirect;

/** The text of the {@code _redirects} file that Cloudflare Pages and Netlify read. */
public final class RedirectsFile {

    private RedirectsFile() {
    }

    public static String render(Redirects redirects) {
        StringBuilder out = new StringBuilder("# Written by Quire from redirects/*.txt: exact rules first, chains collapsed.\n");
        for (Redirect r : redirects.all()) out.append(line(r)).append('\n');
        return out.toString();
    }

    static String line(Redirect r) {
        return r.from() + " " + r.to() + " " + r.status();
    }
}
