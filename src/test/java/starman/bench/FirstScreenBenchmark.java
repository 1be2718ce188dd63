package starman.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.build.BundleSize;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Bundle size and the time from navigation to the first screen, in headless Chromium; writes both tables into
 * BENCHMARKS.md ({@link BenchReport}). Command:
 * {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.FirstScreenBenchmark}
 */
public final class FirstScreenBenchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 10;

    private static final String BUILD = "mvn -B -q package -DskipTests";

    public static void main(String[] args) throws Exception {
        Path site = Site.directory();
        List<BundleSize.File> files = BundleSize.measure(site);
        List<String> columns = new ArrayList<>(List.of(""));
        files.forEach(f -> columns.add(f.name()));
        columns.add("total");
        BenchReport bundle = new BenchReport("bench-bundle", BUILD, FirstScreenBenchmark.class, args,
                columns.toArray(new String[0]));
        bundle.row("raw", sizes(files, BundleSize.File::bytes));
        bundle.row("gzipped (level 9)", sizes(files, BundleSize.File::gzipped));

        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(1_000, 1).site(site).start()) {
            String url = simulator.baseUrl() + "/";
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < COLD_RUNS; i++) {
                try (Chromium chromium = Chromium.start(1280, 800)) {
                    cold.add(firstScreenMillis(chromium, url));
                }
            }
            List<Double> warm = new ArrayList<>();
            try (Chromium chromium = Chromium.start(1280, 800)) {
                firstScreenMillis(chromium, url);
                for (int i = 0; i < WARM_RUNS; i++) {
                    warm.add(firstScreenMillis(chromium, url));
                }
            }
            BenchReport firstScreen = new BenchReport("bench-first-screen", BUILD, FirstScreenBenchmark.class, args,
                    "time from navigation start to the first screen (the `starman-ready` mark)", "median", "min", "max");
            row(firstScreen, "cold: fresh browser profile, nothing cached (" + COLD_RUNS + " runs)", cold);
            row(firstScreen, "warm: reload, the app served by its service worker's cache (" + WARM_RUNS + " runs)", warm);
            bundle.write();
            firstScreen.write();
        }
    }

    private static Object[] sizes(List<BundleSize.File> files, ToLongFunction<BundleSize.File> size) {
        List<Object> cells = new ArrayList<>();
        files.forEach(f -> cells.add(BenchReport.bytes(size.applyAsLong(f))));
        cells.add("**" + BenchReport.bytes(files.stream().mapToLong(size).sum()) + "**");
        return cells.toArray();
    }

    /** A row of median, min and max. */
    static void row(BenchReport report, String name, List<Double> millis) {
        double[] m = BenchReport.medianMinMax(millis);
        report.row(name, BenchReport.ms(m[0]), BenchReport.ms(m[1]), BenchReport.ms(m[2]));
    }

    /** Milliseconds from navigation start to the app's 'starman-ready' mark. */
    static double firstScreenMillis(Chromium chromium, String url) {
        chromium.driver().get(url);
        JavascriptExecutor js = chromium.chrome();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(60)).until(d ->
                js.executeScript("return performance.getEntriesByName('starman-ready').length > 0"));
        return ((Number) js.executeScript("return performance.getEntriesByName('starman-ready')[0].startTime"))
                .doubleValue();
    }

    static void print(String what, List<Double> millis) {
        double[] m = BenchReport.medianMinMax(millis);
        System.out.printf("%s: median %s, min %s, max %s (%d runs)%n", what, BenchReport.ms(m[0]),
                BenchReport.ms(m[1]), BenchReport.ms(m[2]), millis.size());
    }
}
