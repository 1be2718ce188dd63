package starman.bench;

import java.io.IOException;
import java.nio.file.Path;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.PageMeter;
import starman.testing.Site;

/**
 * The app in Chromium with the history of {@code -Dstarman.history} stored (see {@link ColdStartBenchmark#fillAt}),
 * its simulator without a rate limit, the metadata lane's first pass done: where the update and drill-down
 * benchmarks start.
 */
record FilledPage(BenchHistory history, ListenBrainzSimulator simulator, Chromium chromium, PageMeter meter)
        implements AutoCloseable {

    /** @param site the built site to serve: the app's, or the probed app's (see {@link Site}) */
    static FilledPage open(int listens, Path site) throws IOException {
        BenchHistory history = BenchHistory.chosen(BenchHistory.SIMULATOR);
        ListenBrainzSimulator simulator = history.simulator(listens).rateLimit(1_000_000, 10)
                .site(site).start();
        Chromium chromium = null;
        try {
            chromium = Chromium.start(1280, 800, Chromium.MEMORY_SWITCHES);
            PageMeter meter = PageMeter.attach(chromium);
            ColdStartBenchmark.fillAt(chromium, meter,
                    simulator.baseUrl() + "/?user=demo&api=" + simulator.baseUrl(), history, listens);
            ColdStartBenchmark.markMillis(chromium, "starman-looked-up");
            return new FilledPage(history, simulator, chromium, meter);
        } catch (IOException | RuntimeException e) {
            if (chromium != null) {
                chromium.close();
            }
            simulator.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            chromium.close();
        } finally {
            simulator.close();
        }
    }
}
