package dev.quire.cli;

import dev.quire.diag.UsageException;
import dev.quire.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code quire serve}: builds the site in memory, serves it, and rebuilds it as files change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the site for preview, rebuilding what a saved file changes and reloading open pages.",
                "Nothing is written to disk. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "the port (default: ${DEFAULT-VALUE}; 0 for a free one)")
    int port = 4321;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--open", description = "open the site in the default browser")
    boolean open;

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!loopback(host)) {
            err.println("warning: serving on " + host + ": anyone who can reach this machine can read the site;"
                    + " quire serve is a preview, not a web server");
            err.flush();
        }
        Serve serve = Serve.start(new Serve.Options(source, host, port, drafts), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            err.println("stopped");
            err.flush();
            stopped.countDown();
        }, "quire-serve-stop"));
        out.println("serving " + serve.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) browse(serve.url(), err);
        stopped.await();
        return 0;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UsageException("unknown host " + host, "pass an address of this machine, such as 127.0.0.1");
        }
    }

    private static void browse(URI url, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
            } else {
                new ProcessBuilder("xdg-open", url.toString()).inheritIO().start();
            }
        } catch (IOException | UnsupportedOperationException e) {
            err.println("warning: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
            err.flush();
        }
    }
}
