package starman.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.testing.Chromium;
import starman.testing.PageMeter;
import starman.testing.Site;

/**
 * Time from a click on a number of the workout table (or the top album of the pictures) to its drill-down shown
 * (the listens chosen, the first page read from the store and explained and rendered, the focus on its heading),
 * and from a click on "Show more" of all time to the next page shown, with N listens stored, of the history
 * {@code -Dstarman.history} (see {@link BenchHistory}; a realistic one is imported, see {@link FilledPage}); per
 * number, the page's longest main-thread block over its runs, and the heap after GC with all time's two pages
 * shown. Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.DrillDownBenchmark -Dexec.args=100000
 * [-Dstarman.history=realistic] [-Dstarman.site=<an earlier bundle>]}; writes its rows into BENCHMARKS.md
 * ({@link BenchReport}).
 */
public final class DrillDownBenchmark {
    private static final int RUNS = 5;
    /**
     * Clicks the element {@code arguments[0]} selects, then waits for the drill-down's heading to have the focus
     * or, when {@code arguments[1]} is a label of "Show more", for that label to change (or the button to go).
     */
    private static final String TIME = ""
            + "var done = arguments[arguments.length - 1];"
            + "var label = arguments[1];"
            + "function shown() {"
            + "  var more = document.getElementById('drilldown-more');"
            + "  if (label) { return !more || more.textContent !== label; }"
            + "  return document.activeElement === document.getElementById('drilldown-title');"
            + "}"
            + "var t0 = performance.now();"
            + "document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}));"
            + "(function wait() {"
            + "  if (shown()) { done(performance.now() - t0); } else { setTimeout(wait, 1); }"
            + "})();";

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (FilledPage page = FilledPage.open(listens, Site.directory())) {
            Chromium chromium = page.chromium();
            JavascriptExecutor js = chromium.chrome();
            chromium.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
            Map<String, String> numbers = new LinkedHashMap<>();
            numbers.put("#all-time-songs", "all time, songs");
            numbers.put("#all-time-albums", "all time, albums");
            numbers.put("#picture-albums [data-target]", "top album (pictures)");
            numbers.put("#month-minutes", "this month, minutes");
            numbers.put("#today-songs", "today, songs");
            BenchReport report = new BenchReport("bench-drill-down", "mvn -B -q package -DskipTests",
                    DrillDownBenchmark.class, args, "history stored: number clicked", "shown", "median", "min", "max",
                    "longest block");
            String of = page.history().label() + " " + BenchReport.size(listens) + ": ";
            for (Map.Entry<String, String> number : numbers.entrySet()) {
                String shown = (String) js.executeScript("var e = document.querySelector(arguments[0]);"
                        + " return e.getAttribute('aria-label') || e.textContent;", number.getKey());
                List<Double> open = new ArrayList<>();
                List<Double> more = new ArrayList<>();
                PageMeter.Phase phase = page.meter().begin();
                for (int i = 0; i < RUNS; i++) {
                    open.add(((Number) js.executeAsyncScript(TIME, number.getKey(), null)).doubleValue());
                    Object label = js.executeScript("var more = document.getElementById('drilldown-more');"
                            + " return more && more.textContent;");
                    if (label instanceof String text) {
                        more.add(((Number) js.executeAsyncScript(TIME, "#drilldown-more", text)).doubleValue());
                    }
                    if (i == RUNS - 1 && number.getKey().equals("#all-time-songs")) {
                        System.out.println("heap after GC, all time's two pages shown: "
                                + PageMeter.megabytes(page.meter().heapAfterGc()));
                    }
                    js.executeScript("document.getElementById('drilldown-close').click();");
                    new WebDriverWait(chromium.driver(), Duration.ofMinutes(5))
                            .until(d -> d.findElements(By.id("drilldown")).isEmpty());
                }
                String what = number.getValue() + " (" + shown + ") with " + listens + " listens stored";
                FirstScreenBenchmark.print(what, open);
                if (!more.isEmpty()) {
                    FirstScreenBenchmark.print("  show more, " + what, more);
                }
                PageMeter.Figures figures = phase.end();
                System.out.println("  " + figures);
                String longest = BenchReport.ms(figures.longestTaskMs());
                row(report, of + number.getValue(), shown, open, longest);
                if (!more.isEmpty()) {
                    row(report, of + number.getValue() + ", its Show more", "the next page",
                            more, longest);
                }
            }
            report.write();
        }
    }

    private static void row(BenchReport report, String name, String shown, List<Double> millis, String longest) {
        double[] m = BenchReport.medianMinMax(millis);
        report.row(name, shown, BenchReport.ms(m[0]), BenchReport.ms(m[1]), BenchReport.ms(m[2]), longest);
    }
}
