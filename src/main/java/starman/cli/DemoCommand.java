package starman.cli;

import java.io.PrintStream;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.simulator.ListenBrainzSimulator;
import starman.simulator.SimulatorMain;

/**
 * {@code demo}: the built site and the ListenBrainz simulator in one process, until killed. Takes the
 * simulator's options; by default port 8080 and the site next to this jar ({@code target/site}).
 */
final class DemoCommand {
    static final String USAGE = "usage: starman demo [--port N] [--listens N] [--seed N] [--site DIR] [--limit N]"
            + " [--window SECONDS]";
    static final int DEFAULT_PORT = 8080;

    private DemoCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        List<String> options = new ArrayList<>(Arrays.asList(args));
        if (!options.contains("--port")) {
            options.addAll(List.of("--port", Integer.toString(DEFAULT_PORT)));
        }
        if (!options.contains("--site")) {
            options.addAll(List.of("--site", defaultSite().toString()));
        }
        Path site = Path.of(options.get(options.indexOf("--site") + 1));
        if (!Files.isRegularFile(site.resolve("starman.wasm"))) {
            throw new UsageException("no built site in " + site.toAbsolutePath() + " (run `mvn package` first)");
        }
        ListenBrainzSimulator simulator;
        try {
            simulator = SimulatorMain.start(options.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "\n" + USAGE);
        } catch (BindException e) {
            throw new UsageException("port " + options.get(options.indexOf("--port") + 1)
                    + " is in use; choose another with --port N");
        }
        String base = simulator.baseUrl();
        out.println("Starman demo is running. Open this address in a browser:");
        out.println();
        out.println("  " + base + "/?api=" + base + "&user=" + ListenBrainzSimulator.DEMO_USER);
        out.println();
        out.println("The simulated ListenBrainz has user '" + ListenBrainzSimulator.DEMO_USER + "' (token "
                + ListenBrainzSimulator.DEMO_TOKEN + ") with "
                + simulator.listens(ListenBrainzSimulator.DEMO_USER).size()
                + " listens and the real API's default rate limit. Stop with Ctrl+C.");
        Thread.currentThread().join();
        return 0;
    }

    /** {@code site} beside the jar (target/site after `mvn package`), else ./target/site. */
    private static Path defaultSite() throws URISyntaxException {
        Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path beside = jar.resolveSibling("site");
        return Files.isDirectory(beside) ? beside : Path.of("target", "site");
    }
}
