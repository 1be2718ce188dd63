package starman.simulator;

import java.nio.file.Path;

/**
 * Runs the simulator until killed: {@code --port N --listens N --seed N --site DIR --limit N --window S}.
 * Prints the base URL on the first line of standard output.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        ListenBrainzSimulator.Builder builder = ListenBrainzSimulator.builder();
        int listens = ListenBrainzSimulator.DEFAULT_LISTENS;
        long seed = HistoryGenerator.DEFAULT_SEED;
        int limit = ListenBrainzSimulator.DEFAULT_LIMIT;
        int window = ListenBrainzSimulator.DEFAULT_WINDOW_SECONDS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--listens" -> listens = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--site" -> builder.site(Path.of(value));
                case "--limit" -> limit = Integer.parseInt(value);
                case "--window" -> window = Integer.parseInt(value);
                default -> {
                    System.err.println("usage: SimulatorMain [--port N] [--listens N] [--seed N] [--site DIR]"
                            + " [--limit N] [--window SECONDS]");
                    System.exit(2);
                }
            }
            i++;
        }
        ListenBrainzSimulator simulator = builder.rateLimit(limit, window).demoUser(listens, seed).start();
        System.out.println(simulator.baseUrl());
        System.out.println("user " + ListenBrainzSimulator.DEMO_USER + ", token " + ListenBrainzSimulator.DEMO_TOKEN
                + ", " + listens + " listens");
        Thread.currentThread().join();
    }
}
