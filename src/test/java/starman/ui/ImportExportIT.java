package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.importer.ArrayExport;
import starman.importer.ExportZip;
import starman.importer.ListenImport;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The compiled bundle in headless Chromium importing a ListenBrainz export ZIP through the file input,
 * syncing only what is newer, exporting, and meeting files it cannot use and a full disk.
 */
class ImportExportIT {
    private static final long NOW = System.currentTimeMillis() / 1000;
    private static final By SYNCED = By.cssSelector("#sync-status[data-done='true']");

    private ListenBrainzSimulator simulator;
    private Path files;
    private List<Listen> exported;

    @BeforeEach
    void start() throws Exception {
        exported = HistoryGenerator.generate(5, "demo", 6_000, NOW - 86_400).listens();
        List<Listen> server = new ArrayList<>(exported);
        server.addAll(HistoryGenerator.generate(6, "demo", 40, NOW - 600).listens().stream()
                .filter(l -> l.listenedAt() > NOW - 86_400).toList());
        simulator = ListenBrainzSimulator.builder().user("demo", server).site(Site.directory()).start();
        files = Files.createTempDirectory("starman-import-it-");
    }

    @AfterEach
    void stop() throws IOException {
        simulator.close();
        try (var walk = Files.walk(files)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String app() {
        return simulator.baseUrl() + "/?api=" + simulator.baseUrl();
    }

    private Path exportZip(List<Listen> listens, String name) throws IOException {
        return ExportZip.write("demo", listens, files.resolve(name));
    }

    @Test
    void anImportedExportFillsTheDashboardAndTheSyncFetchesOnlyWhatIsNewer() throws Exception {
        Path zip = exportZip(exported, "listenbrainz_demo_1.zip");
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app() + "&user=demo");

            assertThat(AppPage.importFile(driver, zip)).isEqualTo("Imported " + Format.count(exported.size()) + " listens.");
            waitFor(driver, By.id("connect")).click();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(SYNCED).isEmpty());

            List<Listen> server = simulator.listens("demo");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    d.findElement(By.id("listen-count")).getText().equals(Format.count(server.size())));
            // the trailing re-scan window and what is newer fit in one page: the history is not fetched again
            assertThat(simulator.stats().requests("listens")).isEqualTo(1);
            Files.write(Site.reports().resolve("import-done.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            // the same file chosen again is imported again, and nothing is stored twice
            assertThat(AppPage.importFile(driver, zip)).isEqualTo("No new listens: all " + Format.count(exported.size())
                    + " were stored already.");
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(Format.count(server.size()));
        }
    }

    @Test
    void filesThatAreNotExportsGetAClearMessageAndMalformedLinesAreListed() throws Exception {
        Path picture = files.resolve("cover.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path lines = files.resolve("listens.jsonl");
        List<String> text = new ArrayList<>();
        for (Listen listen : exported.subList(0, 20)) {
            text.add(ExportZip.line(listen));
        }
        text.set(4, "{\"listened_at\": 1, \"track_metadata\": ");
        Files.writeString(lines, String.join("\n", text), StandardCharsets.UTF_8);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app());

            assertThat(AppPage.importFile(driver, picture)).isEqualTo("'cover.png' is not a file of listens: it is neither"
                    + " a ZIP archive nor JSON. Starman reads the ZIP from listenbrainz.org's Settings → Export, an older"
                    + " export's JSON array of listens, or a JSONL file (one listen a line).");
            assertThat(AppPage.importFile(driver, lines)).isEqualTo("Imported 19 listens; 1 line skipped:");
            assertThat(driver.findElement(By.cssSelector("#import-problems li")).getText())
                    .startsWith("listens.jsonl, line 5: ");
        }
    }

    @Test
    void theOldJsonArrayExportAndAZip64ExportImport() throws Exception {
        Path array = Files.writeString(files.resolve("demo_lb-2024-07-01.json"), ArrayExport.pretty(exported.subList(0,
                2_000)));
        Path zip64 = Files.write(files.resolve("listenbrainz_demo_3.zip"), ExportZip.bytes("demo", exported,
                ExportZip.Shape.ZIP64));
        Path none = Files.writeString(files.resolve("demo_lb-2020-01-01.json"), "]");
        Path downloads = Files.createDirectories(files.resolve("downloads"));
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = openSavingDownloads(chromium, downloads);

            assertThat(AppPage.importFile(driver, array)).isEqualTo("Imported 2,000 listens.");
            assertThat(AppPage.importFile(driver, zip64)).isEqualTo("Imported " + Format.count(exported.size() - 2_000)
                    + " listens (2,000 were stored already).");
            assertThat(AppPage.importFile(driver, none)).isEqualTo("'demo_lb-2020-01-01.json' is a JSON array of 0"
                    + " listens: the export of a history that had none yet.");
            driver.findElement(By.id("export-jsonl")).click();
            assertThat(demosListens(downloaded(downloads, "starman-listens.jsonl"))).isEqualTo(exported);
        }
    }

    @Test
    void theJsonlExportDownloadsEveryListenAndImportsBackIdentically() throws Exception {
        Path zip = exportZip(exported, "listenbrainz_demo_2.zip");
        Path downloads = Files.createDirectories(files.resolve("downloads"));
        Path again = Files.createDirectories(files.resolve("again"));
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = openSavingDownloads(chromium, downloads);
            AppPage.importFile(driver, zip);
            driver.findElement(By.id("export-jsonl")).click();
            assertThat(demosListens(downloaded(downloads, "starman-listens.jsonl"))).isEqualTo(exported);

            driver.findElement(By.id("export-csv")).click();
            List<String> csv = Files.readAllLines(downloaded(downloads, "starman-listens.csv"));
            assertThat(csv).hasSize(exported.size() + 1);
        }
        try (Chromium fresh = Chromium.start(1280, 800)) {
            WebDriver driver = openSavingDownloads(fresh, again);
            assertThat(AppPage.importFile(driver, downloads.resolve("starman-listens.jsonl")))
                    .isEqualTo("Imported " + Format.count(exported.size()) + " listens.");
            driver.findElement(By.id("export-jsonl")).click();
            assertThat(Files.readAllBytes(downloaded(again, "starman-listens.jsonl")))
                    .isEqualTo(Files.readAllBytes(downloads.resolve("starman-listens.jsonl")));
        }
    }

    @Test
    void aFullDiskStopsTheImportWithAClearMessageAndKeepsWholeBatchesOnly() throws Exception {
        List<Listen> big = HistoryGenerator.generate(8, "demo", 3 * ListenImport.DEFAULT_BATCH + 5_000, NOW).listens();
        Path zip = exportZip(big, "listenbrainz_demo_big.zip");
        Path downloads = Files.createDirectories(files.resolve("downloads"));
        long usage;
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app());
            AppPage.importFile(driver, zip);
            usage = ((Number) chromium.chrome().executeAsyncScript("var done = arguments[0];"
                    + "navigator.storage.estimate().then(function(e) { done(e.usage); });")).longValue();
        }
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app());
            waitFor(driver, By.id("import-file"));
            // room for part of what the whole import needs (the app's own cache counts too)
            chromium.devTools("Storage.overrideQuotaForOrigin", Map.of("origin", simulator.baseUrl(),
                    "quotaSize", usage * 3 / 4));

            String status = AppPage.importFile(driver, zip);

            assertThat(status).startsWith("Your browser's storage is full, so the import stopped. The ");
            long kept = Long.parseLong(status.replaceAll(".* The ([0-9,]+) listens imported.*", "$1").replace(",", ""));
            assertThat(kept % ListenImport.DEFAULT_BATCH).as("whole batches only").isZero();
            assertThat(kept).isPositive().isLessThan(big.size());
            Files.write(Site.reports().resolve("import-disk-full.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            driver.navigate().refresh();
            chromium.devTools("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                    downloads.toString()));
            waitFor(driver, By.id("export-jsonl")).click();
            List<String> stored = Files.readAllLines(downloaded(downloads, "starman-listens.jsonl"));
            assertThat(stored).hasSize((int) kept);
            assertThat(ListenJson.parse(stored.get(stored.size() - 1)).key())
                    .isEqualTo(big.get((int) kept - 1).key());
        }
    }

    /** The app in {@code chromium}, its downloads saved into {@code directory}. */
    private WebDriver openSavingDownloads(Chromium chromium, Path directory) {
        WebDriver driver = chromium.driver();
        driver.get(app());
        chromium.devTools("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                directory.toString()));
        return driver;
    }

    /** The listens of a JSONL export (which names no user: an export is one user's), as demo's. */
    private static List<Listen> demosListens(Path jsonl) throws IOException {
        List<Listen> listens = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            Listen l = ListenJson.parse(line);
            listens.add(new Listen(l.listenedAt(), l.insertedAt(), l.recordingMsid(), "demo", l.track()));
        }
        return listens;
    }

    /** The downloaded file once Chromium has finished writing it. */
    private static Path downloaded(Path directory, String name) throws Exception {
        Path file = directory.resolve(name);
        for (int i = 0; i < 1_200; i++) {
            if (Files.isRegularFile(file) && !Files.exists(directory.resolve(name + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not downloaded into " + directory);
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
