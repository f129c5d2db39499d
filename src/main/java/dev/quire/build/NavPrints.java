package dev.quire.build;

import dev.quire.content.Deprecation;
import dev.quire.model.NavItem;
import dev.quire.model.NavTree;
import dev.quire.model.Page;
import dev.quire.model.Site;
import dev.quire.render.PageLinks;
import dev.quire.render.SidebarRenderer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which pages' layouts show other navigation in one site model than in the one before, so that after
 * a change to the page set or to a title or order only the pages whose sidebar, breadcrumbs,
 * previous/next links or deprecation banner really changed are laid out again. The sidebar of a
 * section shows the top-level links of the site (the global part) and the tree of its own section:
 * the whole tree, or in a section larger than {@link SidebarRenderer#FULL_TREE_LIMIT} only the
 * folders on the page's path, as {@link SidebarRenderer} draws it. A site with its own
 * {@code sidebar.peb} may show anything, so there every tree is global. The two models are walked
 * side by side: each part of the tree is compared once, not once per page, and nothing is printed,
 * so that a title edit on a large site costs little here.
 */
final class NavPrints {

    private NavPrints() {
    }

    /** The URLs of the pages of {@code now} whose navigation differs from {@code before}'s. */
    static Set<String> changed(Site before, Site now, boolean ownSidebar) {
        Set<String> out = new HashSet<>();
        if (globalChanged(before, now, ownSidebar)) {
            now.pages().forEach(p -> out.add(p.url()));
            return out;
        }
        Set<String> sections = new HashSet<>();
        Set<String> large = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (int i = 0; i < now.nav().sections().size(); i++) {
            NavItem a = before.nav().sections().get(i);
            NavItem b = now.nav().sections().get(i);
            if (a == b) continue; // shared by a tree made from the other: nothing in it changed
            boolean wasLarge = count(a.items()) > SidebarRenderer.FULL_TREE_LIMIT;
            boolean isLarge = count(b.items()) > SidebarRenderer.FULL_TREE_LIMIT;
            if (wasLarge != isLarge) sections.add(b.key());
            else if (!isLarge) {
                if (!sameTree(a, b)) sections.add(b.key());
            } else {
                large.add(b.key());
                changedFolders(a, b, folders);
            }
        }
        PageLinks beforeLinks = null;
        PageLinks nowLinks = null;
        Set<String> indexes = changedIndexes(before.nav(), now.nav());
        Set<String> neighbours = changedNeighbours(before.nav().readingOrder(), now.nav().readingOrder());
        List<Page> beforePages = before.pages();
        List<Page> nowPages = now.pages();
        for (int i = 0; i < nowPages.size(); i++) {
            Page page = nowPages.get(i);
            String cp = page.file().contentPath();
            // a changed folder of a large section is below that section, so a page below it is in that section
            if (underAny(cp, sections) || underAny(cp, folders)) {
                out.add(page.url());
                continue;
            }
            // the models of a rebuild mostly hold the same paths in the same places
            Page old = i < beforePages.size() && beforePages.get(i).path().equals(page.path()) ? beforePages.get(i) : before.page(page.path());
            if (old == null || !sameCrumbs(before, old, now, page, indexes) || (neighbours != null ? neighbours.contains(page.url())
                    : !sameLink(before.previous(old), now.previous(page)) || !sameLink(before.next(old), now.next(page)))) {
                out.add(page.url());
                continue;
            }
            Deprecation d = page.meta().deprecated();
            if (d != null && d.replacement() != null) {
                // the banner names the replacing page by its title
                if (beforeLinks == null) {
                    beforeLinks = new PageLinks(before);
                    nowLinks = new PageLinks(now);
                }
                Deprecation was = old.meta().deprecated();
                Page a = was == null || was.replacement() == null ? null : beforeLinks.find(was.replacement());
                Page b = nowLinks.find(d.replacement());
                boolean same = a == null ? b == null : b != null && a.url().equals(b.url()) && Objects.equals(a.title(), b.title());
                if (!same) out.add(page.url());
            }
        }
        return out;
    }

    /**
     * Whether a page's breadcrumbs are the same: they are the index pages of the folders above it, so
     * when none of those folders' index pages changed its link ({@code indexes}), nothing needs listing.
     */
    private static boolean sameCrumbs(Site before, Page old, Site now, Page page, Set<String> indexes) {
        String cp = page.file().contentPath();
        if (cp.equals(old.file().contentPath()) && !underAny(cp, indexes)) return true;
        return sameLinks(before.nav().ancestors(old), now.nav().ancestors(page));
    }

    /** Whether a content path is below one of some folder keys ("" is above every path), without a look-up per folder above it. */
    private static boolean underAny(String contentPath, Set<String> folderKeys) {
        if (folderKeys.isEmpty()) return false;
        if (folderKeys.size() <= 8) {
            for (String key : folderKeys) if (contentPath.startsWith(key)) return true;
            return false;
        }
        return folderKeys.contains("") || NavTree.groupKeys(contentPath).stream().anyMatch(folderKeys::contains);
    }

    /** The folder keys whose index page links otherwise (label or URL), appeared or went. */
    private static Set<String> changedIndexes(NavTree before, NavTree now) {
        Set<String> out = new HashSet<>();
        before.folderIndex().forEach((key, page) -> {
            if (!sameLink(page, now.folderIndex().get(key))) out.add(key);
        });
        now.folderIndex().keySet().forEach(key -> {
            if (!before.folderIndex().containsKey(key)) out.add(key);
        });
        return out;
    }

    /**
     * When both reading orders hold the same URLs in the same order, the URLs of the pages whose
     * previous or next link changed: the neighbours of each entry whose label changed. Null when the
     * order changed; then each page is compared on its own.
     */
    private static Set<String> changedNeighbours(List<Page> before, List<Page> now) {
        if (before.size() != now.size()) return null;
        Set<String> out = new HashSet<>();
        for (int i = 0; i < now.size(); i++) {
            if (!before.get(i).url().equals(now.get(i).url())) return null;
            if (!sameLink(before.get(i), now.get(i))) {
                if (i > 0) out.add(now.get(i - 1).url());
                if (i + 1 < now.size()) out.add(now.get(i + 1).url());
            }
        }
        return out;
    }

    /** True when the links every page shows (the 404 page's sidebar among them) changed. */
    static boolean globalChanged(Site before, Site now, boolean ownSidebar) {
        if (!sameItems(before.nav().root(), now.nav().root())) return true;
        List<NavItem> a = before.nav().sections();
        List<NavItem> b = now.nav().sections();
        if (a.size() != b.size()) return true;
        for (int i = 0; i < a.size(); i++) {
            if (ownSidebar ? !sameTree(a.get(i), b.get(i)) : !sameLine(a.get(i), b.get(i))
                    || !Objects.equals(firstUrl(a.get(i)), firstUrl(b.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static String firstUrl(NavItem section) {
        return section.items().isEmpty() ? null : section.items().get(0).url();
    }

    /** The folders of a large section whose own entries (sub-folders as one line each) differ, by key. */
    private static void changedFolders(NavItem a, NavItem b, Set<String> out) {
        if (a == b) return;
        boolean same = a.items().size() == b.items().size();
        for (int i = 0; same && i < a.items().size(); i++) same = sameLine(a.items().get(i), b.items().get(i));
        if (!same) {
            out.add(b.key());
            // a sub-folder moved or renamed: compare the sub-folders by key
            for (NavItem item : b.items()) {
                if (!item.group()) continue;
                NavItem was = a.items().stream().filter(x -> x.group() && x.key().equals(item.key())).findFirst().orElse(null);
                if (was == null) markAll(item, out);
                else changedFolders(was, item, out);
            }
            return;
        }
        for (int i = 0; i < a.items().size(); i++) {
            if (b.items().get(i).group()) changedFolders(a.items().get(i), b.items().get(i), out);
        }
    }

    private static void markAll(NavItem group, Set<String> out) {
        out.add(group.key());
        for (NavItem item : group.items()) if (item.group()) markAll(item, out);
    }

    private static int count(List<NavItem> items) {
        int n = items.size();
        for (NavItem i : items) n += count(i.items());
        return n;
    }

    private static boolean sameTree(NavItem a, NavItem b) {
        // trees made one from the other share the items of the folders that did not change
        return a == b || sameLine(a, b) && sameItems(a.items(), b.items());
    }

    private static boolean sameItems(List<NavItem> a, List<NavItem> b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!sameTree(a.get(i), b.get(i))) return false;
        return true;
    }

    /** What the sidebar shows of one entry: key, label, link, badge, group or page, deprecated. */
    private static boolean sameLine(NavItem a, NavItem b) {
        return a.key().equals(b.key()) && Objects.equals(a.label(), b.label()) && Objects.equals(a.url(), b.url())
                && Objects.equals(a.badge(), b.badge()) && a.group() == b.group() && a.deprecated() == b.deprecated();
    }

    private static boolean sameLinks(List<Page> a, List<Page> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!sameLink(a.get(i), b.get(i))) return false;
        return true;
    }

    /** A link as breadcrumbs and previous/next show it: URL and sidebar label. */
    private static boolean sameLink(Page a, Page b) {
        if (a == b) return true;
        return a != null && b != null && a.url().equals(b.url()) && Objects.equals(a.label(), b.label());
    }
}
