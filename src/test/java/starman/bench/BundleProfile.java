package starman.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.PageMeter;
import starman.testing.Site;

/**
 * Where the compiled bundle spends an import's time: Chromium's sampling profiler (DevTools protocol) over one
 * import through the file input, the samples added up by function (self time), the top 40 printed. Build the site
 * with {@code -Dstarman.minify=false} so the wasm keeps the Java methods' names.
 * Command: {@code mvn -B -q package -DskipTests -Dstarman.minify=false && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.BundleProfile -Dexec.args=100000
 * -Dstarman.history=realistic}
 */
public final class BundleProfile {
    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        Path zip = history.exportZip(listens);
        try (ListenBrainzSimulator site = ListenBrainzSimulator.builder().site(Site.directory()).start();
             Chromium chromium = Chromium.start(1280, 800, Chromium.MEMORY_SWITCHES)) {
            chromium.driver().get(site.baseUrl() + "/?api=" + site.baseUrl());
            chromium.devTools("Profiler.enable", Map.of());
            chromium.devTools("Profiler.setSamplingInterval", Map.of("interval", 500));
            chromium.devTools("Profiler.start", Map.of());
            System.out.println(ImportBenchmark.importThroughTheFileInput(chromium, PageMeter.attach(chromium), zip,
                    listens));
            print(chromium.devTools("Profiler.stop", Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> result) {
        Map<String, Object> profile = (Map<String, Object>) result.get("profile");
        Map<String, Long> self = new HashMap<>();
        long total = 0;
        for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            long hits = ((Number) node.get("hitCount")).longValue();
            String name = frame.get("functionName") + "";
            // a script's anonymous function (a @JSBody, the loader) is told by where it is
            self.merge(name.isEmpty() ? frame.get("url") + ":" + frame.get("lineNumber") + ":" + frame.get("columnNumber")
                    : name, hits, Long::sum);
            total += hits;
        }
        long all = total;
        self.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(40)
                .forEach(e -> System.out.printf("%6.2f %%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }
}
