package starman.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ImportResult;
import starman.importer.ListenImport;
import starman.simulator.ListenBrainzSimulator;
import starman.store.DayBlockStore;
import starman.testing.Chromium;
import starman.testing.PageMeter;
import starman.testing.Site;

/**
 * Imports a generated ListenBrainz export ZIP of N listens (fat lines as the real export's; the history is
 * {@code -Dstarman.history=simulator|realistic|worst}, see {@link BenchHistory}): on the JVM into a day-block store in
 * memory, then in headless Chromium through the app's file input into IndexedDB. Prints seconds and listens/s, and for
 * each browser run the longest main-thread block, the renderer's peak memory, IndexedDB's usage after the import and
 * the JS/wasm heap after a full collection ({@link PageMeter}); writes its row into BENCHMARKS.md
 * ({@link BenchReport}). Command: {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ImportBenchmark -Dexec.args=1000000
 * [-Dstarman.history=realistic]} ({@code -Dexec.args="1000000 0"} skips the JVM runs; a third argument sets the
 * browser runs, 2 by default). A browser run that has not finished after 15 minutes is cut and said so.
 */
public final class ImportBenchmark {
    private static final Duration IMPORT_LIMIT = Duration.ofMinutes(15);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.SIMULATOR);
        Path zip = history.exportZip(listens);
        System.out.printf("export ZIP of the %s history: %,d listens, %,d bytes%n", history.label(), listens,
                Files.size(zip));
        int jvmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> jvm = new ArrayList<>();
        for (int run = 1; run <= jvmRuns; run++) {
            DayBlockStore store = DayBlockStore.empty(changes -> { });
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            ImportResult result;
            try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "r")) {
                result = ImportFile.run(source(file), zip.getFileName().toString(),
                        new ListenImport(store, null, ListenImport.DEFAULT_BATCH));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("JVM run %d: %,d listens imported in %.1f s (%,.0f listens/s), %.1f s of CPU%n", run,
                    result.added(), seconds, result.added() / seconds, cpuSeconds);
            jvm.add(String.format(Locale.ROOT, "%.1f s (%.1f s)", seconds, cpuSeconds));
        }
        int browserRuns = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<BrowserImport> browser = new ArrayList<>();
        try (ListenBrainzSimulator site = ListenBrainzSimulator.builder().site(Site.directory()).start()) {
            for (int run = 1; run <= browserRuns; run++) {
                try (Chromium chromium = Chromium.start(1280, 800, Chromium.MEMORY_SWITCHES)) {
                    WebDriver driver = chromium.driver();
                    driver.get(site.baseUrl() + "/?api=" + site.baseUrl());
                    PageMeter meter = PageMeter.attach(chromium);
                    BrowserImport imported = importThroughTheFileInput(chromium, meter, zip, listens);
                    System.out.printf("Chromium run %d: %s%n", run, imported);
                    browser.add(imported);
                }
            }
        }
        new BenchReport("bench-import", "mvn -B -q package -DskipTests", ImportBenchmark.class,
                args, "history", "JVM import (CPU)", "Chromium import", "longest block (tasks > 50 ms, > 200 ms)",
                "renderer peak", "IndexedDB after", "heap after GC")
                .row(history.label() + " " + BenchReport.size(listens), cells(jvm, s -> s),
                        cells(browser, BrowserImport::time), cells(browser, BrowserImport::blocks),
                        cells(browser, b -> PageMeter.megabytes(b.figures().rendererPeakBytes())),
                        cells(browser, b -> b.storage() == null ? "-"
                                : PageMeter.megabytes(b.storage().estimateIndexedDbBytes())),
                        cells(browser, b -> PageMeter.megabytes(b.heapAfterGc())))
                .write();
    }

    private static <T> String cells(List<T> runs, Function<T, String> cell) {
        return runs.isEmpty() ? "-" : runs.stream().map(cell).collect(Collectors.joining("; "));
    }

    /**
     * One import in the page: how it ended ({@code seconds} is negative when it did not), the page's figures meanwhile,
     * then IndexedDB's usage and the heap after a full collection (null and -1 when the page failed).
     */
    record BrowserImport(String outcome, double seconds, PageMeter.Figures figures, PageMeter.Storage storage,
                         long heapAfterGc) {
        String time() {
            return seconds < 0 ? outcome : String.format(Locale.ROOT, "%.1f s", seconds);
        }

        String blocks() {
            return figures.longTasks() < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f ms (%d, %d)",
                    figures.longestTaskMs(), figures.longTasks(), figures.tasksOver200Ms());
        }

        @Override
        public String toString() {
            return storage == null ? outcome + "; " + figures
                    : outcome + "; " + figures + "; " + storage + "; heap after GC " + PageMeter.megabytes(heapAfterGc);
        }
    }

    /**
     * Chooses the ZIP in the page's file input and waits (15 minutes at most) until every batch is committed; the
     * time, the page's figures meanwhile, then IndexedDB's usage and the heap after a full collection.
     */
    static BrowserImport importThroughTheFileInput(Chromium chromium, PageMeter meter, Path zip, int listens) {
        WebDriver driver = chromium.driver();
        WebElement input = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("import-file")));
        PageMeter.Phase phase = meter.begin();
        long start = System.nanoTime();
        String outcome;
        double seconds = -1;
        try {
            input.sendKeys(zip.toAbsolutePath().toString());
            new WebDriverWait(driver, IMPORT_LIMIT, Duration.ofMillis(100)).until(d ->
                    !d.findElements(By.cssSelector("#import-status[data-done='true']")).isEmpty());
            seconds = (System.nanoTime() - start) / 1e9;
            outcome = String.format("import %.1f s (%,.0f listens/s): %s", seconds, listens / seconds,
                    driver.findElement(By.id("import-status")).getText());
        } catch (TimeoutException e) {
            outcome = "import cut after " + IMPORT_LIMIT.toMinutes() + " minutes, unfinished";
        } catch (WebDriverException e) {
            return new BrowserImport(String.format(Locale.ROOT, "the page failed after %.1f s (%s)",
                    (System.nanoTime() - start) / 1e9, e.getMessage().lines().findFirst().orElse("")), -1, phase.end(),
                    null, -1);
        }
        PageMeter.Figures figures = phase.end();
        return new BrowserImport(outcome, seconds, figures, meter.storage(), meter.heapAfterGc());
    }

    private static ByteSource source(RandomAccessFile file) throws IOException {
        long size = file.length();
        return new ByteSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) throws IOException {
                file.seek(position);
                int n = (int) Math.min(length, size - position);
                file.readFully(into, offset, n);
                return n;
            }
        };
    }
}
