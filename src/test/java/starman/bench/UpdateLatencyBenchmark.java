package starman.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.testing.WorkoutUpdates;

/**
 * Time from a new listen stored to the dashboard updated, with N listens stored: the history is synced from the
 * simulator (no rate limit), the page reloaded (a cold start), then the page's update probe stores one listen at a
 * time through the sync's own path (the bench bundle's probed app: see UpdateProbe) while a MutationObserver watches the
 * workout table. The history is {@code -Dstarman.history} (see {@link BenchHistory}; a realistic one is imported,
 * see {@link FilledPage}). Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.UpdateLatencyBenchmark -Dexec.args=100000
 * [-Dstarman.history=realistic]}; writes its rows into BENCHMARKS.md ({@link BenchReport}).
 */
public final class UpdateLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (FilledPage page = FilledPage.open(listens, Site.probedAppDirectory())) {
            Chromium chromium = page.chromium();
            chromium.driver().navigate().refresh();
            ColdStartBenchmark.markMillis(chromium, "starman-looked-up");

            List<Double> shown = new ArrayList<>();
            List<Double> observed = new ArrayList<>();
            List<Double> stored = new ArrayList<>();
            List<Double> trained = new ArrayList<>();
            Map<String, Integer> mutations = new TreeMap<>();
            long untagged = 0;
            int cellsChanged = 0;
            for (int i = 0; i < updates; i++) {
                Thread.sleep(1_100); // one listen a second at most: the probe's listens are 'now'
                WorkoutUpdates.Update u = WorkoutUpdates.probe(chromium.driver());
                stored.add(u.storedAt() - u.calledAt());
                trained.add(u.trainedAt() - u.storedAt());
                shown.add(u.shownAt() - u.trainedAt());
                if (u.observedAt() >= 0) {
                    observed.add(u.observedAt() - u.storedAt());
                }
                u.mutations().forEach(m -> mutations.merge(m, 1, Integer::sum));
                untagged += u.untagged();
                cellsChanged += u.cellsChanged();
            }
            String with = " with " + listens + " listens stored";
            FirstScreenBenchmark.print("workout table refreshed (the refresh returned, after the recount)" + with, shown);
            FirstScreenBenchmark.print("listen stored -> the page's MutationObserver heard it (after the recount)"
                    + with, observed);
            FirstScreenBenchmark.print("  probe called -> listen stored (its IndexedDB transaction, the index)" + with,
                    stored);
            FirstScreenBenchmark.print("listen stored -> streaks and bests counted again" + with, trained);
            System.out.printf("DOM changes in the workout table over %d updates: %s; cells whose text changed: %d;"
                    + " elements re-created: %d%n", updates, mutations, cellsChanged, untagged);
            BenchReport report = new BenchReport("bench-update-latency", "mvn -B -q package -DskipTests",
                    UpdateLatencyBenchmark.class, args, "history stored: from → to, over each update", "median", "min",
                    "max");
            String of = page.history().label() + " " + BenchReport.size(listens) + ": ";
            FirstScreenBenchmark.row(report, of + "workout table refreshed (after the recount)", shown);
            FirstScreenBenchmark.row(report, of + "listen stored → the page's MutationObserver heard it (after the"
                    + " recount)", observed);
            FirstScreenBenchmark.row(report, of + "probe called → listen stored (transaction, index)", stored);
            FirstScreenBenchmark.row(report, of + "listen stored → streaks and bests counted again", trained);
            report.write();
        }
    }
}
