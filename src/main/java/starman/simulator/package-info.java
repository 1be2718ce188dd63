/**
 * A local ListenBrainz for tests and demos (JVM only; never part of the browser bundle).
 *
 * <pre>{@code
 * try (ListenBrainzSimulator lb = ListenBrainzSimulator.builder()
 *         .clock(virtualClock)                       // rate-limit windows and playing-now expiry
 *         .rateLimit(30, 10)                         // ListenBrainz's defaults
 *         .demoUser(50_000, HistoryGenerator.DEFAULT_SEED)
 *         .user("empty", List.of())
 *         .site(Path.of("target/site"))              // optional: serve the app at "/"
 *         .faults(FaultPlan.schedule(Map.of(3L, Fault.serverError(503, false))))
 *         .start()) {
 *     String apiRoot = lb.baseUrl();                 // e.g. http://127.0.0.1:41234
 *     ...
 * }
 * }</pre>
 *
 * <p>From the command line: {@code java -cp target/classes starman.simulator.SimulatorMain --site target/site}
 * prints the base URL; {@link starman.simulator.ListenBrainzSimulator#start(int, int, long, java.nio.file.Path)}
 * does the same from code.
 */
package starman.simulator;
