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
import starman.testing.Site;
import starman.text.Format;

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

    private static Object script(WebDriver driver, String asyncScript) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript);
    }

    private static long usage(WebDriver driver) {
        return ((Number) script(driver, "var done = arguments[0];"
                + "navigator.storage.estimate().then(function(e) { done(e.usage); });")).longValue();
    }

    /**
     * Chromium's IndexedDB keeps a cached allowance of free space and asks the quota manager again only once it
     * decays (over 30 s), and {@code estimate()} does not show a quota set through DevTools. So the quota is
     * pinned first (and the test waits until a write proves it enforced), and room is made as a person makes
     * it: by freeing space (another database of this origin, deleted), which {@code estimate()} shows as a
     * smaller usage.
     */
    @Test
    void aStorageFullMidSyncGoesOnByItselfOnceThereIsRoomWithoutAReload() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(25_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo");
            new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id("connect")));
            script(driver, put("starman-filler", 4_000_000));
            // room for a few pages of the history, not for all of it
            chromium.devTools("Storage.overrideQuotaForOrigin", Map.of("origin", simulator.baseUrl(),
                    "quotaSize", usage(driver) + 400_000));
            new WebDriverWait(driver, PATIENCE, Duration.ofSeconds(1)).until(d ->
                    String.valueOf(script(d, put("starman-quota-probe", 1_000_000))).contains("QuotaExceededError"));
            script(driver, deleteDatabase("starman-quota-probe"));
            String page = (String) ((JavascriptExecutor) driver).executeScript(
                    "return window.starmanPage = String(Math.random());");

            driver.findElement(By.id("connect")).click();
            new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.id("error")).stream()
                    .anyMatch(e -> e.getText().equals(Problems.STORAGE_FULL)));
            assertThat(driver.findElements(By.id("sync-retry"))).as("the Retry button").hasSize(1);
            assertThat(BrowserListens.read(driver).listens()).isNotEmpty()
                    .hasSizeLessThan(simulator.listens("demo").size());
            Files.write(Site.reports().resolve("storage-full.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            // room again: the page notices through navigator.storage.estimate() (its usage drops) and goes on
            script(driver, deleteDatabase("starman-filler"));
            AppPage.awaitExactly(driver, () -> simulator.listens("demo"), PATIENCE);

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

            AppPage.awaitExactly(driver, () -> simulator.listens("demo"), PATIENCE);
            assertThat(simulator.stats().faults(Fault.Kind.SLOW)).as("the page that hung").isEqualTo(1);
        }
    }

    @Test
    void unreadableListensSaySoAndForgetMyDataStartsAgain() throws Exception {
        damagedThenForgotten(damage("blocks", "new Uint8Array([1, 2, 3]).buffer", true), "damaged-listens.png");
    }

    @Test
    void unreadableSettingsSaySoAndForgetMyDataStartsAgain() throws Exception {
        damagedThenForgotten(damage("meta", "'not settings'", false, "settings"), "damaged-settings.png");
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

    /** A synced page, a record damaged by {@code damage}, a reload: a sentence, and Forget my data starts again. */
    private static void damagedThenForgotten(String damage, String screenshot) throws Exception {
        try (ListenBrainzSimulator simulator = simulator(2_000, FaultPlan.NONE);
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            script(driver, damage);
            driver.navigate().refresh();
            assertForgetStartsAgain(driver, chromium, screenshot);
        }
    }

    private static void assertForgetStartsAgain(WebDriver driver, Chromium chromium, String screenshot)
            throws Exception {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("forget")));
        assertThat(driver.findElement(By.id("error")).getText())
                .startsWith("Starman's data in this browser is damaged").contains("Forget my data");
        assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
        Files.write(Site.reports().resolve(screenshot), chromium.chrome().getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.id("forget")).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.id("forget-confirm"))).click();

        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("connect")));
        assertThat(driver.findElements(By.id("error"))).isEmpty();
        assertThat(BrowserListens.read(driver).listens()).isEmpty();
    }

    /** Overwrites one record of the app's store: {@code key} names it, or the first key is taken. */
    private static String damage(String store, String value, boolean firstKey, String... key) {
        return inStore("starman", store, "readwrite", firstKey
                ? "s.getAllKeys().onsuccess = function(e) { s.put(" + value + ", e.target.result[0]); };"
                : "s.put(" + value + ", '" + key[0] + "');");
    }

    private static String read(String store, String key) {
        return inStore("starman", store, "readonly", "var r = s.get('" + key + "');"
                + "r.onsuccess = function() { result = r.result; };");
    }

    /**
     * Writes {@code bytes} of noise into a database of its own (random, so the store cannot compress them away);
     * the transaction's outcome ("ok" or its error).
     */
    private static String put(String database, int bytes) {
        return inStore(database, "s", "readwrite", "result = 'ok';"
                + "var noise = new Uint8Array(" + bytes + ");"
                + "for (var i = 0; i < noise.length; i += 65536) {"
                + "  crypto.getRandomValues(noise.subarray(i, Math.min(noise.length, i + 65536)));"
                + "}"
                + "s.put(noise.buffer, Date.now());");
    }

    private static String deleteDatabase(String database) {
        return "var done = arguments[0], r = indexedDB.deleteDatabase('" + database + "');"
                + "r.onsuccess = r.onerror = function() { done(true); };";
    }

    /**
     * An async script running {@code work} on object store {@code s} of {@code database} (created when new) in one
     * transaction; it answers {@code result} once the transaction completes, else the transaction's error.
     */
    private static String inStore(String database, String store, String mode, String work) {
        return "var done = arguments[arguments.length - 1], result = true;"
                + "var req = indexedDB.open('" + database + "');"
                + "req.onupgradeneeded = function() { req.result.createObjectStore('" + store + "'); };"
                + "req.onsuccess = function() {"
                + "  var db = req.result, tx = db.transaction(['" + store + "'], '" + mode + "');"
                + "  var s = tx.objectStore('" + store + "');"
                + "  " + work
                + "  tx.oncomplete = function() { db.close(); done(result); };"
                + "  tx.onerror = tx.onabort = function() { db.close(); done(String(tx.error)); };"
                + "};";
    }
}
