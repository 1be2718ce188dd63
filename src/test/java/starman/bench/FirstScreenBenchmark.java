package starman.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Bundle size and the time from navigation to the first screen, in headless Chromium. Prints its figures;
 * BENCHMARKS.md records them with the command:
 * {@code mvn -B -q package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.FirstScreenBenchmark}
 */
public final class FirstScreenBenchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 10;

    public static void main(String[] args) throws Exception {
        Path site = Site.directory();
        System.out.println("Bundle (" + site + "):");
        long totalRaw = 0;
        long totalGz = 0;
        for (String file : List.of("starman.wasm", "starman.wasm-runtime.js", "boot.js", "index.html", "style.css")) {
            byte[] bytes = Files.readAllBytes(site.resolve(file));
            int gz = gzipSize(bytes);
            totalRaw += bytes.length;
            totalGz += gz;
            System.out.printf("  %-26s %9d bytes  %8d gzipped%n", file, bytes.length, gz);
        }
        System.out.printf("  %-26s %9d bytes  %8d gzipped%n", "total", totalRaw, totalGz);

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
            print("first screen, cold browser profile", cold);
            print("first screen, warm (cached) reload", warm);
        }
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
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    static int gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }
}
