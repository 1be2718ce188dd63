package starman.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * The engine benchmark ({@link EngineWorkload}) compiled to WebAssembly, in headless Chromium; writes its table into
 * BENCHMARKS.md ({@link BenchReport}). Command: {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.BrowserEngineBenchmark [-Dexec.args=1000000]}
 */
public final class BrowserEngineBenchmark {
    /** The workload's operations as BENCHMARKS.md's engine tables name them, by EngineWorkload's method. */
    public static final Map<String, String> OPERATIONS = Map.of(
            "build", "index build (`addAll`, cold start)",
            "dashboardNow", "all dashboards at the newest listen (`dashboard(now)`)",
            "dashboardInThePast", "all dashboards in the past (middle of the history: all time scans half the columns)",
            "append", "incremental update: append the newest listen, then remove it",
            "insertLate", "late insert in the middle, then remove it (two array moves)",
            "coachTrackEnded", "coach reaction to a track ending (scans every row for day records)");

    /** What the page wrote: the engine's outputs and the figures, both JSON. */
    record PageRun(JsonNode outputs, JsonNode results) {
    }

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : EngineWorkload.DEFAULT_LISTENS;
        try (ListenBrainzSimulator server = ListenBrainzSimulator.builder().site(Site.benchDirectory()).start();
             Chromium chromium = Chromium.start(1280, 800, Chromium.MEMORY_SWITCHES)) {
            JsonNode results = run(chromium, server.baseUrl() + "/?listens=" + listens).results();
            System.out.println(results.get("userAgent").asText());
            System.out.printf("listens %d (%d by the artist): generated in %.0f ms%n", results.get("listens").asInt(),
                    results.get("indexed").asInt(), results.get("generateMs").asDouble());
            System.out.printf("index build (addAll): cold %.0f ms, warm", results.get("buildColdMs").asDouble());
            results.get("buildWarmMs").forEach(ms -> System.out.printf(" %.0f ms", ms.asDouble()));
            System.out.println();
            for (Iterator<Map.Entry<String, JsonNode>> it = results.get("microsPerCall").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                System.out.printf("%-20s mean %10.3f us  (iterations: min %.3f, max %.3f)%n", op.getKey(),
                        op.getValue().get("mean").asDouble(), op.getValue().get("min").asDouble(),
                        op.getValue().get("max").asDouble());
            }
            JsonNode memory = results.get("memory");
            System.out.println(memory.isNull() ? "memory: not measurable in this browser" : String.format(
                    "memory: history %.1f bytes per listen, index %.1f bytes per indexed listen",
                    memory.get("historyBytesPerListen").asDouble(), memory.get("indexBytesPerIndexedListen").asDouble()));
            BenchReport report = new BenchReport("bench-engine-browser", "mvn -B -q package -DskipTests",
                    BrowserEngineBenchmark.class, args, String.format(Locale.ROOT, "operation (%,d listens)",
                    results.get("listens").asInt()), "Chromium, wasm-gc (mean of 5 iterations)", "iterations' range");
            StringBuilder warm = new StringBuilder();
            results.get("buildWarmMs").forEach(ms -> warm.append(warm.length() == 0 ? "" : ", ").append(
                    BenchReport.ms(ms.asDouble())));
            report.row(OPERATIONS.get("build"), BenchReport.ms(results.get("buildColdMs").asDouble())
                    + " cold", "warm builds: " + warm);
            results.get("microsPerCall").fields().forEachRemaining(op -> report.row(OPERATIONS.get(op.getKey()),
                    String.format(Locale.ROOT, "%,.1f µs", op.getValue().get("mean").asDouble()),
                    String.format(Locale.ROOT, "%,.1f-%,.1f µs", op.getValue().get("min").asDouble(),
                            op.getValue().get("max").asDouble())));
            if (!memory.isNull()) {
                report.row("memory per indexed listen (the index's columns and dictionaries)", String.format(
                        Locale.ROOT, "%.1f B", memory.get("indexBytesPerIndexedListen").asDouble()), "-");
                report.row("memory per generated listen (the `Listen` objects, for comparison)", String.format(
                        Locale.ROOT, "%.1f B", memory.get("historyBytesPerListen").asDouble()), "-");
            }
            report.write();
        }
    }

    /** Opens the page at {@code url} and waits (up to ten minutes) until it is done. */
    static PageRun run(Chromium chromium, String url) throws Exception {
        chromium.driver().get(url);
        WebElement results = new WebDriverWait(chromium.driver(), Duration.ofMinutes(10), Duration.ofMillis(200))
                .until(d -> d.findElement(By.cssSelector("#results[data-done]")));
        if (!"true".equals(results.getAttribute("data-done"))) {
            throw new IllegalStateException(chromium.driver().findElement(By.id("status")).getText());
        }
        ObjectMapper json = new ObjectMapper();
        return new PageRun(json.readTree(chromium.driver().findElement(By.id("outputs")).getText()),
                json.readTree(results.getText()));
    }
}
