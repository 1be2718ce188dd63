package starman.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.testing.Chromium;

/**
 * Time from a click on a number of the workout table to its drill-down shown (the store's days read, the
 * listens matched to the index, the first page explained and rendered, the focus on its heading), with N
 * listens stored, of the history {@code -Dstarman.history} (see {@link BenchHistory}; a realistic one is imported,
 * see {@link FilledPage}). Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.DrillDownBenchmark -Dexec.args=100000
 * [-Dstarman.history=realistic]}
 */
public final class DrillDownBenchmark {
    private static final int RUNS = 5;
    private static final String OPEN = ""
            + "var done = arguments[arguments.length - 1];"
            + "var t0 = performance.now();"
            + "document.getElementById(arguments[0]).click();"
            + "(function wait() {"
            + "  var title = document.getElementById('drilldown-title');"
            + "  if (title && document.activeElement === title) { done(performance.now() - t0); }"
            + "  else { setTimeout(wait, 1); }"
            + "})();";

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (FilledPage page = FilledPage.open(listens, "")) {
            Chromium chromium = page.chromium();
            for (String number : List.of("all-time-songs", "all-time-albums", "month-minutes", "today-songs")) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    JavascriptExecutor js = chromium.chrome();
                    millis.add(((Number) js.executeAsyncScript(OPEN, number)).doubleValue());
                    js.executeScript("document.getElementById('drilldown-close').click();");
                    new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                            .until(d -> d.findElements(By.id("drilldown")).isEmpty());
                }
                String shown = chromium.driver().findElement(By.id(number)).getText();
                FirstScreenBenchmark.print(number + " (" + shown + ") with " + listens + " listens stored", millis);
            }
        }
    }
}
