package starman.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Time from navigation to a filled dashboard with N listens stored in IndexedDB (the cold start: read every
 * block, build the index, render). The history is first synced from the simulator without a rate limit.
 * Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ColdStartBenchmark -Dexec.args=100000}
 */
public final class ColdStartBenchmark {
    /**
     * The page's marks in order: the wasm started, IndexedDB read, store opened (dictionary, metadata cache), index built, then the
     * filled dashboard (table and pictures drawn).
     */
    private static final List<String> STEPS = List.of("ready", "read", "opened", "indexed", "filled");

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(listens, 3)
                .rateLimit(1_000_000, 10).site(Site.directory()).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            chromium.driver().get(simulator.baseUrl() + "/?user=demo&api=" + simulator.baseUrl());
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("connect")).isEmpty());
            chromium.driver().findElement(By.id("connect")).click();
            new WebDriverWait(chromium.driver(), Duration.ofMinutes(20), Duration.ofMillis(200))
                    .until(d -> !d.findElements(By.cssSelector("#sync-status[data-done='true']")).isEmpty());
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            for (int i = 0; i < reloads; i++) {
                // a page still busy after its start (the metadata lane's pass) would hold up the next load
                markMillis(chromium, "starman-looked-up");
                chromium.driver().navigate().refresh();
                for (String step : STEPS) {
                    millis.computeIfAbsent(step, s -> new ArrayList<>()).add(markMillis(chromium, "starman-" + step));
                }
            }
            for (String step : STEPS) {
                FirstScreenBenchmark.print((step.equals("filled") ? "filled dashboard" : "  step '" + step + "'")
                        + " with " + listens + " listens stored", millis.get(step));
            }
        }
    }

    static double markMillis(Chromium chromium, String mark) {
        JavascriptExecutor js = chromium.chrome();
        String find = "return performance.getEntriesByName('" + mark + "')";
        new WebDriverWait(chromium.driver(), Duration.ofMinutes(5), Duration.ofMillis(20))
                .until(d -> ((List<?>) js.executeScript(find)).size() > 0);
        return ((Number) js.executeScript(find + "[0].startTime")).doubleValue();
    }
}
