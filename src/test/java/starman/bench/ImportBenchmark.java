package starman.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.archive.ByteSource;
import starman.importer.ExportZip;
import starman.importer.ImportFile;
import starman.importer.ImportResult;
import starman.importer.ListenImport;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.store.DayBlockStore;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Imports a generated ListenBrainz export ZIP of N listens (fat lines as the real export's, from the
 * simulator's history generator): on the JVM into a day-block store in memory, then in headless Chromium
 * through the app's file input into IndexedDB. Prints seconds and listens/s.
 * Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ImportBenchmark -Dexec.args=1000000}
 * ({@code -Dexec.args="1000000 0"} skips the JVM runs).
 */
public final class ImportBenchmark {
    private static final long EXPORTED_AT = 1_764_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path zip = exportZip(listens);
        System.out.printf("export ZIP: %,d listens, %,d bytes%n", listens, Files.size(zip));
        int jvmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
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
        }
        try (ListenBrainzSimulator site = ListenBrainzSimulator.builder().site(Site.directory()).start()) {
            for (int run = 1; run <= 2; run++) {
                try (Chromium chromium = Chromium.start(1280, 800)) {
                    WebDriver driver = chromium.driver();
                    driver.get(site.baseUrl() + "/?api=" + site.baseUrl());
                    WebElement input = new WebDriverWait(driver, Duration.ofSeconds(60))
                            .until(d -> d.findElement(By.id("import-file")));
                    long start = System.nanoTime();
                    input.sendKeys(zip.toAbsolutePath().toString());
                    new WebDriverWait(driver, Duration.ofMinutes(30), Duration.ofMillis(100)).until(d ->
                            !d.findElements(By.cssSelector("#import-status[data-done='true']")).isEmpty());
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("Chromium run %d: %.1f s (%,.0f listens/s): %s%n", run, seconds,
                            listens / seconds, driver.findElement(By.id("import-status")).getText());
                }
            }
        }
    }

    /** The export of the generator's history with {@code listens} listens, written once and kept in target/. */
    static Path exportZip(int listens) throws IOException {
        Path zip = Path.of("target", "import-bench", "listenbrainz_demo_" + listens + ".zip");
        if (!Files.exists(zip)) {
            Files.createDirectories(zip.getParent());
            Path partial = zip.resolveSibling(zip.getFileName() + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
                ExportZip.write("demo", HistoryGenerator.generate(HistoryGenerator.DEFAULT_SEED, "demo", listens,
                        EXPORTED_AT).listens(), out);
            }
            Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
        }
        return zip;
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
