package starman.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import starman.cli.JdkTransport;
import starman.cli.SyncCommand;
import starman.listenbrainz.ListenBrainzClient;
import starman.simulator.ListenBrainzSimulator;
import starman.time.Clock;

/**
 * {@code starman sync} of a 100k-listen simulator history at ListenBrainz's default limit (30 requests
 * per 10 s), on the real clock, measured against what that limit allows; writes its row into BENCHMARKS.md
 * ({@link BenchReport}):
 * {@code mvn -B -q -o package -DskipTests -DjvmOnly && mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.MirrorBenchmark}
 *
 * <p>The plain ceiling, limit / window × 1000 listens a request, flatters any client: the windows are
 * fixed, so the first {@code limit} requests may all go at once, in whatever is left of the window the
 * run starts in. The fair bound starts from that phase: with n requests of 1000 listens, the last one
 * cannot leave before the start of window ⌈n / limit⌉ − 1 after the first, and no client can finish
 * sooner than that. The fair ratio is that bound over the measured wall time.
 */
public final class MirrorBenchmark {
    private static final int LISTENS = 100_000;

    private MirrorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int limit = ListenBrainzSimulator.DEFAULT_LIMIT;
        long windowMillis = ListenBrainzSimulator.DEFAULT_WINDOW_SECONDS * 1000L;
        Path out = Files.createTempDirectory("mirror-benchmark").resolve("demo.jsonl");
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(LISTENS, 1).start()) {
            SyncCommand command = new SyncCommand(new JdkTransport(Duration.ofSeconds(30)), Clock.SYSTEM, System.err);
            SyncCommand.Options options = SyncCommand.Options.parse(List.of("--user", ListenBrainzSimulator.DEMO_USER,
                    "--api-root", simulator.baseUrl(), "--out", out.toString()));
            long leftInFirstWindow = windowMillis - System.currentTimeMillis() % windowMillis;
            SyncCommand.Summary summary = command.sync(options);

            double seconds = summary.millis() / 1000.0;
            double achieved = summary.listens() / seconds;
            double ceiling = limit * (double) ListenBrainzClient.MAX_COUNT / (windowMillis / 1000.0);
            long needed = (summary.listens() + ListenBrainzClient.MAX_COUNT - 1) / ListenBrainzClient.MAX_COUNT;
            long windowsAfterFirst = (needed + limit - 1) / limit - 1;
            double fairSeconds = needed <= limit ? 0 : (leftInFirstWindow + (windowsAfterFirst - 1) * windowMillis) / 1000.0;
            System.out.printf("listens          %d (mirror %.1f MB)%n", summary.listens(), Files.size(out) / 1e6);
            System.out.printf("requests         %d (server saw %d; %d pages of 1000 would do)%n", summary.requests(),
                    simulator.stats().requests(), needed);
            System.out.printf("wall time        %.1f s (run started %.1f s before a window ended)%n", seconds,
                    leftInFirstWindow / 1000.0);
            System.out.printf("achieved         %.0f listens/s%n", achieved);
            System.out.printf("plain ceiling    %.0f listens/s (%d requests / %d s x 1000): ratio %.3f%n", ceiling, limit,
                    windowMillis / 1000, achieved / ceiling);
            System.out.printf("fair bound       %.1f s for %d requests from this phase: ratio %.3f%n", fairSeconds,
                    needed, fairSeconds / seconds);
            System.out.printf("429s             %d%n", simulator.stats().rateLimited());
            new BenchReport("bench-mirror", "mvn -B -q package -DskipTests -DjvmOnly", MirrorBenchmark.class, args,
                    "listens", "mirror", "requests (server saw)", "429s", "wall time", "listens/s",
                    "plain ratio (/ ceiling)", "fair ratio")
                    .row(String.format(Locale.ROOT, "%,d", summary.listens()),
                            String.format(Locale.ROOT, "%.1f MB", Files.size(out) / 1e6),
                            summary.requests() + " (" + simulator.stats().requests() + ")",
                            simulator.stats().rateLimited(), String.format(Locale.ROOT, "%.1f s", seconds),
                            String.format(Locale.ROOT, "%,.0f", achieved),
                            String.format(Locale.ROOT, "%.3f", achieved / ceiling),
                            String.format(Locale.ROOT, "**%.3f**", fairSeconds / seconds))
                    .write();
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(out.getParent());
    }
}
