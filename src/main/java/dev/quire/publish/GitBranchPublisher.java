package dev.quire.publish;

import dev.quire.check.GitRepo;
import dev.quire.model.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes to one branch of a git repository, the way GitHub Pages and many hosts deploy: the branch
 * is fetched into a temporary repository, its files are replaced by the build (plus an empty
 * {@code .nojekyll}, so GitHub Pages serves the files as they are), and one commit naming the source
 * commit is pushed to that branch only. An unchanged build makes no commit.
 */
public final class GitBranchPublisher implements Publisher {

    static final String NOJEKYLL = ".nojekyll";

    private final Path site;
    private final String remote;
    private final String branch;

    public GitBranchPublisher(Path site, String remote, String branch) {
        this.site = site;
        Path local = Path.of(remote);
        this.remote = !remote.contains("://") && !remote.contains("@") && Files.exists(local)
                ? local.toAbsolutePath().normalize().toString() : remote;
        this.branch = branch;
    }

    @Override
    public PublishResult publish(Path output, PublishOptions options) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("quire-publish-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return publish(tmp, output.toAbsolutePath().normalize(), options);
        } finally {
            delete(tmp);
        }
    }

    private PublishResult publish(Path tmp, Path output, PublishOptions options) {
        new GitRepo(tmp).must("init", "-q");
        GitRepo git = new GitRepo(output, "--git-dir=" + tmp.resolve(".git"), "--work-tree=" + output);
        String ref = "refs/heads/" + branch;
        GitRepo.Result heads = git.run("ls-remote", "--exit-code", "--heads", remote, ref);
        if (!heads.ok() && heads.exitCode() != 2) git.must("ls-remote", "--heads", remote, ref);
        boolean exists = heads.ok();
        Manifest before = null;
        if (exists) {
            git.must("fetch", "-q", "--depth=1", remote, ref);
            git.must("update-ref", ref, "FETCH_HEAD");
            GitRepo.Result old = git.run("show", "FETCH_HEAD:" + RemovalGuard.MANIFEST);
            if (old.ok()) before = RemovalGuard.parse(old.out(), branch);
        }
        git.must("symbolic-ref", "HEAD", ref);
        if (exists) git.must("read-tree", ref);
        RemovalGuard.check(before, RemovalGuard.manifestOf(output), "branch " + branch, options.allowRemovals());
        git.must("add", "-A", "--", ".");
        String empty = git.must("hash-object", "-w", "--stdin").out().strip();
        git.must("update-index", "--add", "--cacheinfo", "100644," + empty + "," + NOJEKYLL);
        Changes changes = exists ? changes(git.must("diff", "--cached", "--name-status", "--no-renames", ref).lines())
                : new Changes(git.must("ls-files").lines(), List.of(), List.of());
        if (options.dryRun() || changes.isEmpty()) return new PublishResult(changes, false, "");
        SourceCommit source = SourceCommit.of(site);
        git.must("-c", "user.name=" + source.userName(), "-c", "user.email=" + source.userEmail(),
                "commit", "-q", "-m", source.message());
        String commit = git.must("rev-parse", "--short", "HEAD").out().strip();
        git.must("push", "-q", remote, ref + ":" + ref);
        return new PublishResult(changes, true, "commit " + commit + " on " + branch + " of " + remote);
    }

    private static Changes changes(List<String> nameStatus) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String line : nameStatus) {
            String path = line.substring(line.indexOf('\t') + 1);
            switch (line.charAt(0)) {
                case 'A' -> added.add(path);
                case 'D' -> removed.add(path);
                default -> changed.add(path);
            }
        }
        return new Changes(added, changed, removed);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
