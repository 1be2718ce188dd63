package starman.simulator;

import java.nio.file.Path;

/**
 * Runs the simulator until killed: {@code --port N --listens N --seed N --site DIR --limit N --window S}.
 * Prints the base URL on the first line of standard output.
 */
public final class SimulatorMain {
    private static final String USAGE = "usage: SimulatorMain [--port N] [--listens N] [--seed N] [--site DIR]"
            + " [--limit N] [--window SECONDS]";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        ListenBrainzSimulator simulator;
        try {
            simulator = start(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.out.println(simulator.baseUrl());
        System.out.println("user " + ListenBrainzSimulator.DEMO_USER + ", token " + ListenBrainzSimulator.DEMO_TOKEN
                + ", " + simulator.listens(ListenBrainzSimulator.DEMO_USER).size() + " listens");
        Thread.currentThread().join();
    }

    /** Starts a demo simulator configured by command-line options; bad options throw IllegalArgumentException. */
    public static ListenBrainzSimulator start(String... args) throws Exception {
        ListenBrainzSimulator.Builder builder = ListenBrainzSimulator.builder();
        int listens = ListenBrainzSimulator.DEFAULT_LISTENS;
        long seed = HistoryGenerator.DEFAULT_SEED;
        int limit = ListenBrainzSimulator.DEFAULT_LIMIT;
        int window = ListenBrainzSimulator.DEFAULT_WINDOW_SECONDS;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--listens" -> listens = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--site" -> builder.site(Path.of(value));
                case "--limit" -> limit = Integer.parseInt(value);
                case "--window" -> window = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return builder.rateLimit(limit, window).demoUser(listens, seed).start();
    }
}
