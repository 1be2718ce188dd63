package starman.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * The engine benchmark ({@link EngineWorkload}) compiled to WebAssembly, in headless Chromium. Command
 * (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.BrowserEngineBenchmark [-Dexec.args=1000000]}
 */
public final class BrowserEngineBenchmark {
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
