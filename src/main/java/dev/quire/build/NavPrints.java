package dev.quire.build;

import dev.quire.model.NavItem;
import dev.quire.model.Page;
import dev.quire.model.Site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What of the navigation each page's layout shows, printed as text, so that after a change to the
 * page set or to a title or order, only the pages whose sidebar, breadcrumbs or previous/next links
 * really changed are laid out again. The sidebar of a section shows the top-level links of the site
 * (the global print) and the whole tree of its own section (one print per section); a site with its
 * own {@code sidebar.peb} may show anything, so there every tree goes into the global print.
 */
final class NavPrints {

    private final String global;
    private final Map<String, String> sections = new HashMap<>();
    private final Map<String, String> pages = new HashMap<>();

    NavPrints(Site site, boolean ownSidebar) {
        StringBuilder g = new StringBuilder();
        items(site.nav().root(), g);
        for (NavItem section : site.nav().sections()) {
            if (ownSidebar) {
                item(section, g);
                continue;
            }
            g.append(line(section));
            if (!section.items().isEmpty()) g.append(section.items().get(0).url());
            g.append('\n');
            StringBuilder s = new StringBuilder();
            item(section, s);
            sections.put(section.key(), s.toString());
        }
        this.global = g.toString();
        for (Page page : site.pages()) {
            StringBuilder p = new StringBuilder();
            for (Page crumb : site.nav().ancestors(page)) p.append(link(crumb)).append('>');
            p.append('|').append(link(site.previous(page))).append('|').append(link(site.next(page)));
            pages.put(page.url(), p.toString());
        }
    }

    /** The URLs of the pages of {@code now} whose navigation differs from {@code before}. */
    static Set<String> changed(NavPrints before, NavPrints now, Site site) {
        boolean all = !before.global.equals(now.global);
        Set<String> out = new HashSet<>();
        for (Page page : site.pages()) {
            String key = page.sectionKey();
            if (all || !Objects.equals(before.sections.get(key), now.sections.get(key))
                    || !Objects.equals(before.pages.get(page.url()), now.pages.get(page.url()))) {
                out.add(page.url());
            }
        }
        return out;
    }

    /** True when the links every page shows (the 404 page's sidebar among them) changed. */
    static boolean globalChanged(NavPrints before, NavPrints now) {
        return !before.global.equals(now.global);
    }

    private static void items(List<NavItem> items, StringBuilder out) {
        for (NavItem item : items) item(item, out);
    }

    private static void item(NavItem item, StringBuilder out) {
        out.append(line(item)).append('\n');
        if (!item.items().isEmpty()) {
            out.append("[\n");
            items(item.items(), out);
            out.append("]\n");
        }
    }

    private static String line(NavItem item) {
        return item.key() + '\t' + item.label() + '\t' + item.url() + '\t' + item.badge() + '\t' + item.group() + '\t' + item.deprecated();
    }

    private static String link(Page page) {
        return page == null ? "" : page.url() + ' ' + page.label();
    }
}
