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
import starman.testing.Site;

/**
 * Time from navigation to a filled dashboard with N listens stored in IndexedDB (the cold start: read every
 * block, build the index, render). The history is first synced from the simulator without a rate limit. With
 * {@code -Dstarman.baselineSite=DIR} (an earlier build's target/site, copied aside) the two builds are loaded in
 * turns over the same database, so their figures come from one run.
 * Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ColdStartBenchmark -Dexec.args="1000000 5"}
 * (listens, loads).
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
        String baseline = System.getProperty("starman.baselineSite");
        Path sites = Files.createTempDirectory("starman-sites-");
        copy(Site.directory(), sites.resolve("now"));
        if (baseline != null) {
            copy(Path.of(baseline), sites.resolve("before"));
        }
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(listens, 3)
                .rateLimit(1_000_000, 10).site(sites).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            // one origin, so both builds read the same IndexedDB database
            String query = "?user=demo&api=" + simulator.baseUrl();
            syncAt(chromium, simulator.baseUrl() + "/now/" + query);
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            for (int i = 0; i < reloads; i++) {
                // the two builds take turns, so both meet the same machine load
                for (String build : baseline == null ? List.of("now") : List.of("before", "now")) {
                    // a page still busy after its start (the metadata lane's pass) would hold up the next load
                    markMillis(chromium, "starman-looked-up");
                    chromium.driver().get(simulator.baseUrl() + "/" + build + "/" + query);
                    // an earlier build may lack the steps' marks
                    for (String step : build.equals("now") ? STEPS : List.of("filled")) {
                        millis.computeIfAbsent(build + " " + step, s -> new ArrayList<>())
                                .add(markMillis(chromium, "starman-" + step));
                    }
                }
            }
            millis.forEach((step, times) -> FirstScreenBenchmark.print((step.endsWith("filled")
                    ? step.replace("filled", "filled dashboard") : "  " + step) + " with " + listens + " listens stored",
                    times));
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

    /** Opens the app at {@code url}, presses Start, and waits until the simulator's history is stored. */
    static void syncAt(Chromium chromium, String url) {
        chromium.driver().get(url);
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
