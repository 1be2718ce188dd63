package starman.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.testing.Site;

/**
 * Time to open Bowie's discography atlas in the compiled bundle in Chromium, from the cached discography, with N
 * listens of the history {@code -Dstarman.history} stored ({@link FilledPage}; realistic for the figure): the
 * page marks {@code starman-atlas-asked} when *Open the atlas* is pressed and {@code starman-atlas-counted} once the
 * core has counted it; "shown" is the first animation frame after the atlas is in the DOM. The first opening after
 * each of R reloads (every release group's rows made), then *Count again* on the page left open. Command
 * (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.AtlasBrowserBenchmark -Dexec.args="1000000 5" -Dstarman.history=realistic}.
 */
public final class AtlasBrowserBenchmark {
    /** Presses the atlas button and answers [asked, counted, shown] (performance.now() times) once it is drawn. */
    private static final String OPEN = ""
            + "var done = arguments[arguments.length - 1];"
            + "performance.clearMarks('starman-atlas-asked'); performance.clearMarks('starman-atlas-counted');"
            + "document.getElementById('atlas-open').click();"
            + "(function poll() {"
            + "  var asked = performance.getEntriesByName('starman-atlas-asked');"
            + "  var counted = performance.getEntriesByName('starman-atlas-counted');"
            + "  if (asked.length && counted.length && document.getElementById('atlas-overall')"
            + "      && !document.getElementById('atlas-message')) {"
            + "    requestAnimationFrame(function() {"
            + "      done([asked[0].startTime, counted[0].startTime, performance.now()]);"
            + "    });"
            + "  } else { setTimeout(poll, 1); }"
            + "})();";

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (FilledPage page = FilledPage.open(listens, Site.directory())) {
            JavascriptExecutor js = page.chromium().chrome();
            js.executeScript("document.getElementById('atlas').scrollIntoView();");
            awaitDiscography(page);
            int groups = page.chromium().driver().findElements(By.cssSelector(".atlas-album")).size();
            String overall = page.chromium().driver().findElement(By.id("atlas-overall")).getText();
            System.out.println(groups + " release groups; " + overall);
            String url = page.simulator().baseUrl() + "/?user=demo&api=" + page.simulator().baseUrl();
            List<Double> firstCounted = new ArrayList<>();
            List<Double> firstShown = new ArrayList<>();
            List<Double> againCounted = new ArrayList<>();
            List<Double> againShown = new ArrayList<>();
            for (int i = 0; i < reloads; i++) {
                page.chromium().driver().get(url);
                ColdStartBenchmark.markMillis(page.chromium(), "starman-filled");
                ColdStartBenchmark.markMillis(page.chromium(), "starman-looked-up");
                measure(js, firstCounted, firstShown);
                measure(js, againCounted, againShown);
            }
            BenchReport report = new BenchReport("bench-atlas-browser", "mvn -B -q package -DskipTests",
                    AtlasBrowserBenchmark.class, args, "history stored: the atlas in Chromium", "median", "min",
                    "max");
            String of = page.history().label() + " " + BenchReport.size(listens) + ", " + groups
                    + " release groups: ";
            row(report, of + "first opening after a reload, counted", firstCounted);
            row(report, of + "first opening after a reload, shown", firstShown);
            row(report, of + "Count again, counted", againCounted);
            row(report, of + "Count again, shown", againShown);
            report.write();
        }
    }

    /** Opens the atlas until the discography is there (the metadata lane fetches it once the sync has caught up). */
    private static void awaitDiscography(FilledPage page) {
        new WebDriverWait(page.chromium().driver(), Duration.ofMinutes(10), Duration.ofSeconds(1)).until(d -> {
            if (!d.findElements(By.id("atlas-overall")).isEmpty()) {
                return true;
            }
            List<org.openqa.selenium.WebElement> message = d.findElements(By.id("atlas-message"));
            if (message.isEmpty() || !message.get(0).getText().startsWith("Counting")) {
                ((JavascriptExecutor) d).executeScript("document.getElementById('atlas-open').click();");
            }
            return false;
        });
    }

    private static void measure(JavascriptExecutor js, List<Double> counted, List<Double> shown) {
        List<?> t = (List<?>) js.executeAsyncScript(OPEN);
        double asked = ((Number) t.get(0)).doubleValue();
        counted.add(((Number) t.get(1)).doubleValue() - asked);
        shown.add(((Number) t.get(2)).doubleValue() - asked);
    }

    private static void row(BenchReport report, String name, List<Double> millis) {
        double[] m = BenchReport.medianMinMax(millis);
        report.row(name, BenchReport.ms(m[0]), BenchReport.ms(m[1]), BenchReport.ms(m[2]));
    }
}
