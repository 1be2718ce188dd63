package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.browser.FetchTransport;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.sync.Problems;
import starman.testing.AppPage;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.Site;

/**
 * Every failure has a way out, in the compiled bundle: a full storage in the middle of a sync, room made
 * again, and the sync going on by itself; a request that never answers; stored data that cannot be read.
 */
class WaysOutIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static ListenBrainzSimulator simulator(int listens, FaultPlan faults) throws Exception {
        return ListenBrainzSimulator.builder().demoUser(listens, 11).site(Site.directory(), "/starman/").faults(faults)
                .start();
    }

    private static void awaitExactly(WebDriver driver, ListenBrainzSimulator simulator) {
        new WebDriverWait(driver, PATIENCE, Duration.ofMillis(500)).until(d -> {
            if (d.findElements(AppPage.DONE).isEmpty()) {
                return false;
            }
            BrowserListens.Stored stored = BrowserListens.read(d);
            return !stored.checkpoint().running()
                    && FaultTally.differences(stored.listens(), simulator.listens("demo")) == 0;
        });
    }

    private static Object script(WebDriver driver, String asyncScript) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript);
    }

    private static long usage(WebDriver driver) {
        return ((Number) script(driver, "var done = arguments[0];"
                + "navigator.storage.estimate().then(function(e) { done(e.usage); });")).longValue();
    }

    @Test
    void aStorageFullMidSyncGoesOnByItselfOnceThereIsRoomWithoutAReload() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(25_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo");
            new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id("connect"))).click();
            String page = (String) ((JavascriptExecutor) driver).executeScript(
                    "return window.starmanPage = String(Math.random());");
            new WebDriverWait(driver, PATIENCE).until(d -> simulator.stats().requests("listens") >= 3);

            // no room for the next page
            chromium.devTools("Storage.overrideQuotaForOrigin", Map.of("origin", simulator.baseUrl(),
                    "quotaSize", usage(driver)));
            new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.id("error")).stream()
                    .anyMatch(e -> e.getText().equals(Problems.STORAGE_FULL)));
            assertThat(driver.findElements(By.id("sync-retry"))).as("the Retry button").hasSize(1);
            assertThat(BrowserListens.read(driver).listens()).hasSizeLessThan(simulator.listens("demo").size());
            Files.write(Site.reports().resolve("storage-full.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            // room again: the page notices through navigator.storage.estimate() and goes on
            chromium.devTools("Storage.overrideQuotaForOrigin", Map.of("origin", simulator.baseUrl(),
                    "quotaSize", 2_000_000_000L));
            awaitExactly(driver, simulator);

            assertThat(((JavascriptExecutor) driver).executeScript("return window.starmanPage;"))
                    .as("the same page, not a reload").isEqualTo(page);
            assertThat(driver.findElements(By.id("error"))).isEmpty();
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void aRequestThatNeverAnswersIsAbortedAndTheSyncGoesOn() throws Exception {
        // request 1 is the first run's check, 2 the sync's listen count, 3 its first page: that one hangs
        FaultPlan hang = FaultPlan.schedule(Map.of(3L, Fault.slow(10 * FetchTransport.TIMEOUT_MILLIS)));
        try (ListenBrainzSimulator simulator = simulator(3_000, hang); Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");

            awaitExactly(driver, simulator);
            assertThat(simulator.stats().faults(Fault.Kind.SLOW)).isEqualTo(1);
            assertThat(simulator.stats().requests("listens")).as("the hung page, asked again").isEqualTo(4);
        }
    }

    @Test
    void unreadableListensSaySoAndForgetMyDataStartsAgain() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(2_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            script(driver, damage("days", "new Uint8Array([1, 2, 3]).buffer", true));

            driver.navigate().refresh();
            assertForgetStartsAgain(driver, chromium, "damaged-listens.png");
        }
    }

    @Test
    void unreadableSettingsSaySoAndForgetMyDataStartsAgain() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(2_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            script(driver, damage("meta", "'not settings'", false, "settings"));

            driver.navigate().refresh();
            assertForgetStartsAgain(driver, chromium, "damaged-settings.png");
        }
    }

    @Test
    void aDamagedMetadataCacheAndCoachFeedAreDroppedAndFetchedAgain() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(2_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            new WebDriverWait(driver, PATIENCE).until(d -> "true".equals(
                    d.findElement(By.tagName("html")).getAttribute("data-starman-looked-up")));
            long lookUps = simulator.stats().requests("metadata/release_group");
            script(driver, damage("cache", "'{not json'", false, "metadata"));
            script(driver, damage("coach", "'[not json'", false, "feed"));

            driver.navigate().refresh();
            new WebDriverWait(driver, PATIENCE).until(d -> "true".equals(
                    d.findElement(By.tagName("html")).getAttribute("data-starman-looked-up")));

            assertThat(driver.findElements(By.id("error"))).isEmpty();
            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            assertThat(simulator.stats().requests("metadata/release_group")).as("looked up again").isGreaterThan(lookUps);
            assertThat((String) script(driver, read("cache", "metadata"))).startsWith("{\"v\":");
        }
    }

    @Test
    void settingsSayWhetherTheBrowserKeepsTheData() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(500, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            boolean kept = (Boolean) script(driver, "var done = arguments[0];"
                    + "navigator.storage.persisted().then(function(p) { done(p); });");

            driver.findElement(By.id("open-settings")).click();

            assertThat(driver.findElement(By.id("storage-kept")).getText()).isEqualTo(kept
                    ? "This browser keeps Starman's data, even when space runs low."
                    : "This browser may delete Starman's data when space runs low; your listens would then sync again.");
        }
    }

    private static void assertForgetStartsAgain(WebDriver driver, Chromium chromium, String screenshot)
            throws Exception {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("damaged-forget")));
        assertThat(driver.findElement(By.id("error")).getText())
                .startsWith("Starman's data in this browser is damaged").contains("Forget my data");
        assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
        Files.write(Site.reports().resolve(screenshot), chromium.chrome().getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.id("damaged-forget")).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.id("damaged-forget-confirm"))).click();

        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("connect")));
        assertThat(driver.findElements(By.id("error"))).isEmpty();
        assertThat(BrowserListens.read(driver).listens()).isEmpty();
    }

    /** Overwrites one record of a store: {@code key} names it, or the first key is taken. */
    private static String damage(String store, String value, boolean firstKey, String... key) {
        String pick = firstKey ? "s.getAllKeys().onsuccess = function(e) { s.put(" + value + ", e.target.result[0]); };"
                : "s.put(" + value + ", '" + key[0] + "');";
        return "var done = arguments[arguments.length - 1];"
                + "var req = indexedDB.open('starman');"
                + "req.onsuccess = function() {"
                + "  var db = req.result, tx = db.transaction(['" + store + "'], 'readwrite'), s = tx.objectStore('"
                + store + "');"
                + "  " + pick
                + "  tx.oncomplete = function() { db.close(); done(true); };"
                + "  tx.onerror = tx.onabort = function() { db.close(); done(String(tx.error)); };"
                + "};";
    }

    private static String read(String store, String key) {
        return "var done = arguments[arguments.length - 1];"
                + "var req = indexedDB.open('starman');"
                + "req.onsuccess = function() {"
                + "  var db = req.result, r = db.transaction(['" + store + "']).objectStore('" + store + "').get('"
                + key + "');"
                + "  r.onsuccess = function() { db.close(); done(r.result); };"
                + "};";
    }
}
