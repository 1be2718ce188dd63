package starman.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import starman.listenbrainz.ListenBrainzClient;
import starman.simulator.ListenBrainzSimulator;

/**
 * {@code starman sync} of a simulator history (100k listens unless told), the CLI jar in a child JVM with a 128 MB
 * heap ({@code -Dstarman.heap=1g} for another), on the real clock, at ListenBrainz's default limit (30 requests per
 * 10 s) unless told:
 * {@code mvn -B -q -o package -DskipTests -DjvmOnly && mvn -B -q -o exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.MirrorBenchmark -Dexec.args="LISTENS [LIMIT WINDOW_SECONDS]"}
 *
 * <p>Its time is measured against what the limit allows. The plain ceiling, limit / window × 1000 listens a
 * request, flatters any client: the windows are fixed, so the first {@code limit} requests may all go at once, in
 * whatever is left of the window the run starts in. The fair bound starts from that phase: with n requests of 1000
 * listens, the last one cannot leave before the start of window ⌈n / limit⌉ − 1 after the first, and no client can
 * finish sooner than that. The fair ratio is that bound over the measured wall time.
 *
 * <p>Its memory is read from the child's GC log: the most heap in use when a collection began, and the most still
 * live after one (what the sync holds; the rest was garbage waiting), with the peak resident set from outside.
 * Writes its row (one per size, limit and heap) into BENCHMARKS.md ({@link BenchReport}).
 */
public final class MirrorBenchmark {
    static final String HEAP = "-Xmx" + System.getProperty("starman.heap", "128m");
    private static final Pattern SUMMARY = Pattern.compile(": (\\d+) listens \\(.*, (\\d+) requests in ([\\d.]+) s");
    /** A G1 pause line of -Xlog:gc: "... 24M->3M(64M) 1.234ms". */
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private MirrorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int limit = args.length > 2 ? Integer.parseInt(args[1]) : ListenBrainzSimulator.DEFAULT_LIMIT;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : ListenBrainzSimulator.DEFAULT_WINDOW_SECONDS;
        Path jar = Path.of(System.getProperty("starman.target", "target"), "starman-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run `mvn package -DskipTests -DjvmOnly` first");
        }
        long windowMillis = window * 1000L;
        Path dir = Files.createTempDirectory("mirror-benchmark");
        Path out = dir.resolve("demo.jsonl");
        Path gcLog = dir.resolve("gc.log");
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(listens, 1)
                .rateLimit(limit, window).start()) {
            List<String> sync = MeasuredProcess.java(HEAP, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "sync",
                    "--user", ListenBrainzSimulator.DEMO_USER, "--api-root", simulator.baseUrl(), "--out", out.toString());
            long leftInFirstWindow = windowMillis - System.currentTimeMillis() % windowMillis;
            MeasuredProcess.Result run = MeasuredProcess.run(sync);
            Matcher summary = SUMMARY.matcher(run.stderr());
            if (run.exitCode() != 0 || !summary.find()) {
                throw new IllegalStateException("the sync failed (exit " + run.exitCode() + "): " + run.stderr());
            }
            long synced = Long.parseLong(summary.group(1));
            long requests = Long.parseLong(summary.group(2));
            double seconds = Double.parseDouble(summary.group(3));
            double achieved = synced / seconds;
            double ceiling = limit * (double) ListenBrainzClient.MAX_COUNT / window;
            long needed = (synced + ListenBrainzClient.MAX_COUNT - 1) / ListenBrainzClient.MAX_COUNT;
            long windowsAfterFirst = (needed + limit - 1) / limit - 1;
            double fairSeconds = needed <= limit ? 0 : (leftInFirstWindow + (windowsAfterFirst - 1) * windowMillis) / 1000.0;
            long[] heap = heapFromGcLog(gcLog);
            System.out.printf("listens          %d (mirror %.1f MB)%n", synced, Files.size(out) / 1e6);
            System.out.printf("rate limit       %d requests / %d s%n", limit, window);
            System.out.printf("requests         %d (server saw %d; %d pages of 1000 would do)%n", requests,
                    simulator.stats().requests(), needed);
            System.out.printf("wall time        %.1f s syncing, %.1f s with the JVM (run started %.1f s before a window"
                    + " ended)%n", seconds, run.wallSeconds(), leftInFirstWindow / 1000.0);
            System.out.printf("achieved         %.0f listens/s%n", achieved);
            System.out.printf("plain ceiling    %.0f listens/s (%d requests / %d s x 1000): ratio %.3f%n", ceiling, limit,
                    window, achieved / ceiling);
            System.out.printf("fair bound       %.1f s for %d requests from this phase: ratio %.3f%n", fairSeconds,
                    needed, fairSeconds / seconds);
            System.out.printf("429s             %d%n", simulator.stats().rateLimited());
            System.out.printf("peak heap        %.1f MB in use at a collection's start, %.1f MB live after one (%s, %d"
                    + " collections)%n", heap[0] / 1e6, heap[1] / 1e6, HEAP, heap[2]);
            System.out.printf("peak RSS         %.0f MB%n", run.peakRssBytes() / 1e6);
            new BenchReport("bench-mirror", "mvn -B -q package -DskipTests -DjvmOnly", MirrorBenchmark.class, args,
                    "listens, limit, heap", "mirror", "requests (server saw)", "429s", "wall time", "listens/s",
                    "plain ratio (/ ceiling)", "fair ratio", "heap in use (max)", "live after a GC (max)", "peak RSS")
                    .row(BenchReport.size(listens) + ", " + limit + " / " + window + " s, " + HEAP,
                            String.format(Locale.ROOT, "%.1f MB", Files.size(out) / 1e6),
                            requests + " (" + simulator.stats().requests() + ")", simulator.stats().rateLimited(),
                            String.format(Locale.ROOT, "%.1f s", seconds), String.format(Locale.ROOT, "%,.0f", achieved),
                            String.format(Locale.ROOT, "%.3f", achieved / ceiling),
                            needed <= limit ? "n/a" : String.format(Locale.ROOT, "**%.3f**", fairSeconds / seconds),
                            megabytes(heap[0]), megabytes(heap[1]), megabytes(run.peakRssBytes()))
                    .write();
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** The most heap in use before a collection, the most live after one, and how many there were. */
    private static long[] heapFromGcLog(Path log) throws Exception {
        long[] peak = new long[3];
        for (String line : Files.readAllLines(log)) {
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                peak[0] = Math.max(peak[0], bytes(m.group(1), m.group(2)));
                peak[1] = Math.max(peak[1], bytes(m.group(3), m.group(4)));
                peak[2]++;
            }
        }
        return peak;
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
