package starman.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.PageMeter;
import starman.testing.Site;

/**
 * Time from navigation to a filled dashboard with N listens stored in IndexedDB (the cold start: read every
 * block, build the index, render), and for each load the longest main-thread block, the renderer's peak memory and the
 * JS/wasm heap after a full collection with the dashboard shown ({@link PageMeter}); IndexedDB's usage once. The
 * history is {@code -Dstarman.history} ({@link BenchHistory}): the simulator's is synced without a rate limit, a
 * realistic one or its worst case is imported from its export ZIP through the file input, then synced (only its
 * newest days). With {@code -Dstarman.baselineSite=DIR} (an earlier build's target/site, copied aside) the two builds
 * are loaded in turns over the same database, so their figures come from one run. Writes its rows into
 * BENCHMARKS.md ({@link BenchReport}). Command: {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ColdStartBenchmark -Dexec.args="1000000 5"
 * [-Dstarman.history=realistic]} (listens, loads).
 */
public final class ColdStartBenchmark {
    /**
     * The page's marks in order: the wasm started, IndexedDB's read transaction complete, its blocks copied into
     * the wasm, store opened (dictionary, metadata cache), index built, then the filled dashboard (table and
     * pictures drawn).
     */
    private static final List<String> STEPS = List.of("ready", "fetched", "read", "opened", "indexed", "filled");

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BenchHistory history = BenchHistory.chosen(BenchHistory.SIMULATOR);
        String baseline = System.getProperty("starman.baselineSite");
        Path sites = Files.createTempDirectory("starman-sites-");
        copy(Site.directory(), sites.resolve("now"));
        if (baseline != null) {
            copy(Path.of(baseline), sites.resolve("before"));
        }
        try (ListenBrainzSimulator simulator = history.simulator(listens).rateLimit(1_000_000, 10).site(sites).start();
             Chromium chromium = Chromium.start(1280, 800, Chromium.MEMORY_SWITCHES)) {
            PageMeter meter = PageMeter.attach(chromium);
            // one origin, so both builds read the same IndexedDB database
            String query = "?user=demo&api=" + simulator.baseUrl();
            fillAt(chromium, meter, simulator.baseUrl() + "/now/" + query, history, listens);
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            Map<String, List<PageMeter.Figures>> figures = new LinkedHashMap<>();
            Map<String, List<Long>> heaps = new LinkedHashMap<>();
            for (int i = 0; i < reloads; i++) {
                // the two builds take turns, so both meet the same machine load
                for (String build : baseline == null ? List.of("now") : List.of("before", "now")) {
                    // a page still busy after its start (the metadata lane's pass) would hold up the next load
                    markMillis(chromium, "starman-looked-up");
                    PageMeter.Phase load = meter.begin();
                    chromium.driver().get(simulator.baseUrl() + "/" + build + "/" + query);
                    // an earlier build may lack the steps' marks
                    for (String step : build.equals("now") ? STEPS : List.of("filled")) {
                        millis.computeIfAbsent(build + " " + step, s -> new ArrayList<>())
                                .add(markMillis(chromium, "starman-" + step));
                    }
                    figures.computeIfAbsent(build, b -> new ArrayList<>()).add(load.end());
                    heaps.computeIfAbsent(build, b -> new ArrayList<>()).add(meter.heapAfterGc());
                }
            }
            System.out.printf("%s history, %,d listens stored: %s%n", history.label(), listens, meter.storage());
            millis.forEach((step, times) -> FirstScreenBenchmark.print((step.endsWith("filled")
                    ? step.replace("filled", "filled dashboard") : "  " + step) + " with " + listens + " listens stored",
                    times));
            BenchReport report = new BenchReport("bench-cold-start", "mvn -B -q package -DskipTests",
                    ColdStartBenchmark.class, args, "history", "filled dashboard: median (min-max)",
                    "index built (median)", "IndexedDB read done (median)", "longest block per load",
                    "renderer peak during a load", "heap after GC, dashboard shown");
            figures.forEach((build, loads) -> {
                for (int i = 0; i < loads.size(); i++) {
                    System.out.printf("%s load %d: %s; heap after GC, dashboard shown %s%n", build, i + 1, loads.get(i),
                            PageMeter.megabytes(heaps.get(build).get(i)));
                }
                List<Double> indexed = millis.get(build + " indexed");
                List<Double> fetched = millis.get(build + " fetched");
                report.row(history.label() + " " + BenchReport.size(listens) + " (" + reloads + " loads)"
                                + (build.equals("now") ? "" : ", the baseline build"),
                        "**" + BenchReport.medianMs(millis.get(build + " filled")) + "**",
                        indexed == null ? "-" : BenchReport.ms(BenchReport.medianMinMax(indexed)[0]),
                        fetched == null ? "-" : BenchReport.ms(BenchReport.medianMinMax(fetched)[0]),
                        BenchReport.range(loads.stream().mapToLong(f -> Math.round(f.longestTaskMs())), " ms"),
                        BenchReport.range(loads.stream().mapToLong(f -> Math.round(f.rendererPeakBytes() / 1e6)), " MB"),
                        BenchReport.range(heaps.get(build).stream().mapToLong(h -> Math.round(h / 1e6)), " MB"));
            });
            report.write();
        } finally {
            try (Stream<Path> files = Files.walk(sites)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Opens the app at {@code url}, fills IndexedDB with the history and waits until it is stored: a realistic one is
     * imported from its export ZIP first (its figures printed), then Start is pressed and the sync waited for.
     */
    static void fillAt(Chromium chromium, PageMeter meter, String url, BenchHistory history, int listens)
            throws IOException {
        chromium.driver().get(url);
        if (history != BenchHistory.SIMULATOR) {
            System.out.println("filled by importing the export ZIP: " + ImportBenchmark.importThroughTheFileInput(
                    chromium, meter, history.exportZip(listens), listens));
        }
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("connect")).isEmpty());
        chromium.driver().findElement(By.id("connect")).click();
        new WebDriverWait(chromium.driver(), Duration.ofMinutes(20), Duration.ofMillis(200))
                .until(d -> !d.findElements(By.cssSelector("#sync-status[data-done='true']")).isEmpty());
    }

    static double markMillis(Chromium chromium, String mark) {
        JavascriptExecutor js = chromium.chrome();
        String find = "return performance.getEntriesByName('" + mark + "')";
        new WebDriverWait(chromium.driver(), Duration.ofMinutes(5), Duration.ofMillis(20))
                .until(d -> ((List<?>) js.executeScript(find)).size() > 0);
        return ((Number) js.executeScript(find + "[0].startTime")).doubleValue();
    }
}
