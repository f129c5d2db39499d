package dev.quire.cli;

import dev.quire.build.Build;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import dev.quire.diag.UsageException;
import dev.quire.publish.DirectoryPublisher;
import dev.quire.publish.GitBranchPublisher;
import dev.quire.publish.PublishOptions;
import dev.quire.publish.PublishResult;
import dev.quire.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code quire publish}: builds the site, then publishes the output to a branch of a git repository
 * ({@code --git REMOTE --branch BRANCH}) or to a folder ({@code --to DIR}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Builds the site and publishes it to a git branch or a folder.",
                "--git REMOTE --branch BRANCH commits the output to that branch; --to DIR replaces a folder's content atomically.",
                "Refuses to drop a page the target has unless a redirect covers it or --allow-removals is given."})
final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "the build's output folder (default: dist/ in the site folder)")
    Path out;

    @Option(names = "--git", paramLabel = "REMOTE", description = "a git remote URL or path to publish to")
    String remote;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "the branch to commit the output to (default: gh-pages)")
    String branch = "gh-pages";

    @Option(names = "--to", paramLabel = "DIR", description = "a folder whose content is replaced by the output")
    Path to;

    @Option(names = "--dry-run", description = "list the files that would be added, changed and removed, and change nothing")
    boolean dryRun;

    @Option(names = "--allow-removals", description = "publish even when pages of the target are gone without a redirect")
    boolean allowRemovals;

    @Override
    public Integer call() {
        if ((remote == null) == (to == null)) {
            throw new UsageException("publish needs one target: --git REMOTE or --to DIR",
                    "e.g. quire publish --git git@github.com:org/docs.git --branch gh-pages, or quire publish --to /var/www/docs");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path outDir = out != null ? out : source.resolve(BuildOptions.DEFAULT_OUT);
        BuildResult result = Build.run(new BuildOptions(source, outDir, false));
        for (Diagnostic d : result.diagnostics()) err.print(Reporter.format(d));
        err.flush();
        if (result.failed()) {
            err.printf("publish failed: the site does not build (%s); nothing was published%n",
                    Reporter.summary(result.errors(), result.warnings()));
            err.flush();
            return Failures.CONTENT;
        }
        Publisher publisher = remote != null ? new GitBranchPublisher(source, remote, branch) : new DirectoryPublisher(to);
        String target = remote != null ? "branch " + branch + " of " + remote : to.toString();
        PublishResult published = publisher.publish(result.output(), new PublishOptions(dryRun, allowRemovals));
        if (dryRun) {
            stdout.print(published.changes().listing());
            stdout.printf("dry run: publishing to %s would add %d, change %d and remove %d files%n", target,
                    published.changes().added().size(), published.changes().changed().size(), published.changes().removed().size());
        } else if (published.published()) {
            stdout.printf("published %d pages to %s: %s (%s)%n", result.pages(), target, published.detail(),
                    published.changes().summary());
        } else {
            stdout.printf("nothing to publish: %s already holds this build%n", target);
        }
        stdout.flush();
        return 0;
    }
}
