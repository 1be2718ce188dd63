package starman.bench;

import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Sync throughput of the compiled bundle in headless Chromium, against the simulator's default rate limit
 * (30 requests per 10 s) on the real clock, as a share of what that limit allows; writes its row into BENCHMARKS.md
 * ({@link BenchReport}). Command:
 * {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.BrowserSyncBenchmark [-Dexec.args=100000] [-Dstarman.history=realistic]} (the
 * history: {@link BenchHistory}; a realistic one is served whole, generated in the simulator's memory).
 */
public final class BrowserSyncBenchmark {
    private static final int WINDOW_SECONDS = ListenBrainzSimulator.DEFAULT_WINDOW_SECONDS;

    /** Arguments: listens (100000), requests allowed per 10 s (30; a huge limit shows the bundle's own speed). */
    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : ListenBrainzSimulator.DEFAULT_LIMIT;
        BenchHistory history = BenchHistory.chosen(BenchHistory.SIMULATOR);
        ListenBrainzSimulator.Builder server = history == BenchHistory.SIMULATOR
                ? ListenBrainzSimulator.builder().demoUser(listens, 11)
                : ListenBrainzSimulator.builder().demoUser(history.realistic(listens));
        try (ListenBrainzSimulator simulator = server.rateLimit(limit, WINDOW_SECONDS).site(Site.directory()).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            chromium.driver().get(simulator.baseUrl() + "/?user=demo&api=" + simulator.baseUrl());
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("connect")).isEmpty());
            long requestsBefore = simulator.stats().requests();
            long startMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            chromium.driver().findElement(By.id("connect")).click();
            new WebDriverWait(chromium.driver(), Duration.ofMinutes(10), Duration.ofMillis(20))
                    .until(d -> !d.findElements(By.cssSelector("#sync-status[data-done='true']")).isEmpty());
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = simulator.stats().requests() - requestsBefore;
            long pages = simulator.stats().requests("listens");
            // the simulator's windows are fixed and aligned to the epoch, like ListenBrainz's: the requests can
            // finish no earlier than the start of the window that holds the last of them
            long windowMillis = WINDOW_SECONDS * 1000L;
            long lastWindowStart = (startMillis / windowMillis + (requests - 1) / limit) * windowMillis;
            double leastSeconds = Math.max(0, lastWindowStart - startMillis) / 1000.0;
            double ceilingListensPerSecond = limit * 1000.0 / WINDOW_SECONDS;
            System.out.printf("listens %d, API requests %d (%d listens pages), 429s %d%n", listens, requests, pages,
                    simulator.stats().rateLimited());
            System.out.printf("wall time %.1f s from Start to 'Up to date'; %.0f listens/s%n", seconds,
                    listens / seconds);
            System.out.printf("rate-limit ceiling %.0f listens/s (%d requests per %d s, 1000 listens a page)%n",
                    ceilingListensPerSecond, limit, WINDOW_SECONDS);
            System.out.printf("ratio to the least time the limit allows for %d requests (%.1f s): %.3f%n",
                    requests, leastSeconds, leastSeconds / seconds);
            new BenchReport("bench-browser-sync", "mvn -B -q package -DskipTests",
                    BrowserSyncBenchmark.class, args, "history, limit", "requests", "429s", "wall time", "listens/s",
                    "/ ceiling", "fair ratio")
                    .row(history.label() + " " + BenchReport.size(listens) + ", " + limit + " per " + WINDOW_SECONDS
                                    + " s", requests + " (" + pages + " listens pages)", simulator.stats().rateLimited(),
                            String.format(Locale.ROOT, "%.1f s", seconds), String.format(Locale.ROOT, "%,.0f",
                                    listens / seconds), String.format(Locale.ROOT, "%.2f", listens / seconds
                                    / ceilingListensPerSecond), String.format(Locale.ROOT, "**%.3f**",
                                    leastSeconds / seconds))
                    .write();
        }
    }
}
