package dev.quire.publish;

import dev.quire.check.GitRepo;
import java.nio.file.Path;

/**
 * The commit a site was built from, when the site is in git, and who publishes: the user name and
 * email of the site's repository, else "Quire".
 */
record SourceCommit(String message, String userName, String userEmail) {

    static final String NAME = "Quire";
    static final String EMAIL = "quire@localhost";

    static SourceCommit of(Path site) {
        GitRepo git = new GitRepo(site.toAbsolutePath().normalize());
        GitRepo.Result head = git.run("rev-parse", "HEAD");
        if (!head.ok()) return new SourceCommit("Publish the site (its folder is not in git)", NAME, EMAIL);
        String subject = git.run("log", "-1", "--format=%s").out().strip();
        boolean dirty = !git.run("status", "--porcelain", "--", ".").out().isBlank();
        String message = "Publish the site built from " + head.out().strip() + (dirty ? " with uncommitted changes" : "")
                + "\n\n" + subject + "\n";
        String name = git.run("config", "user.name").out().strip();
        String email = git.run("config", "user.email").out().strip();
        return new SourceCommit(message, name.isEmpty() ? NAME : name, email.isEmpty() ? EMAIL : email);
    }
}
