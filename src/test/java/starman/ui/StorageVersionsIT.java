package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.browser.IndexedDbBlocks;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.BrowserListens;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.Site;

/**
 * Two versions of Starman in one browser: a newer one upgrading the database while this one is open is not
 * blocked, and each page that can no longer use the database says so in a sentence. The "newer Starman" is
 * script on the same origin opening the database at the next version, as the next schema would.
 */
class StorageVersionsIT {
    /** The database at the next version, with the stores the app expects; answers how the open ended. */
    private static final String OPEN_NEXT_VERSION = ""
            + "var done = arguments[arguments.length - 1], ended = false;"
            + "var req = indexedDB.open('starman', arguments[0]);"
            + "function end(how) { if (!ended) { ended = true; done(how); } }"
            + "req.onupgradeneeded = function() {"
            + "  var db = req.result;"
            + "  ['blocks', 'strings', 'tracks', 'judgements', 'days', 'dictionary', 'meta', 'cache', 'coach']"
            + "      .forEach(function(s) {"
            + "    if (!db.objectStoreNames.contains(s)) { db.createObjectStore(s); }"
            + "  });"
            + "};"
            + "req.onblocked = function() { end('blocked'); };"
            + "req.onsuccess = function() { req.result.close(); end('opened'); };"
            + "req.onerror = function() { end('error: ' + req.error); };";

    private static final int NEXT_VERSION = IndexedDbBlocks.SCHEMA_VERSION + 1;
    /**
     * Creates the database as version 1 wrote it: its four stores, holding the records of a fixture written by
     * the code of schema versions 1 and 2 (day blocks of twelve columns, the extra fields as JSON strings).
     */
    private static final String CREATE_V1 = ""
            + "var done = arguments[arguments.length - 1], dump = JSON.parse(arguments[0]);"
            + "function bytes(b64) { var s = atob(b64), a = new Uint8Array(s.length);"
            + "  for (var i = 0; i < s.length; i++) { a[i] = s.charCodeAt(i); } return a.buffer; }"
            + "var req = indexedDB.open('starman', 1);"
            + "req.onupgradeneeded = function() {"
            + "  ['days', 'dictionary', 'meta', 'cache'].forEach(function(s) { req.result.createObjectStore(s); });"
            + "};"
            + "req.onsuccess = function() {"
            + "  var db = req.result, tx = db.transaction(['days', 'dictionary', 'meta'], 'readwrite');"
            + "  ['days', 'dictionary'].forEach(function(s) {"
            + "    Object.keys(dump[s]).forEach(function(k) { tx.objectStore(s).put(bytes(dump[s][k]), Number(k)); });"
            + "  });"
            + "  tx.objectStore('meta').put(dump.checkpoint, 'checkpoint');"
            + "  tx.oncomplete = function() { db.close(); done(db.version); };"
            + "};";
    /** How many records the old stores still hold. */
    private static final String LEGACY_RECORDS = ""
            + "var done = arguments[arguments.length - 1];"
            + "var req = indexedDB.open('starman');"
            + "req.onsuccess = function() {"
            + "  var db = req.result, tx = db.transaction(['days', 'dictionary'], 'readonly'), n = 0;"
            + "  ['days', 'dictionary'].forEach(function(s) {"
            + "    tx.objectStore(s).count().onsuccess = function(e) { n += e.target.result; };"
            + "  });"
            + "  tx.oncomplete = function() { db.close(); done(n); };"
            + "};";
    private static final String SCHEMA_NOW = "3:blocks,cache,coach,days,dictionary,judgements,meta,strings,tracks";
    /** The database's version and stores, as the page now has them. */
    private static final String SCHEMA = ""
            + "var done = arguments[arguments.length - 1];"
            + "var req = indexedDB.open('starman');"
            + "req.onsuccess = function() {"
            + "  var db = req.result, names = Array.from(db.objectStoreNames).sort().join(',');"
            + "  db.close(); done(db.version + ':' + names);"
            + "};";
    /** An old tab: holds the database open at version 1 and ignores versionchange, as a tab from before would. */
    private static final String HOLD_V1 = ""
            + "var done = arguments[arguments.length - 1];"
            + "var req = indexedDB.open('starman', 1);"
            + "req.onupgradeneeded = function() {"
            + "  ['days', 'dictionary', 'meta', 'cache'].forEach(function(s) { req.result.createObjectStore(s); });"
            + "};"
            + "req.onsuccess = function() { window.held = req.result; done(req.result.version); };";

    private ListenBrainzSimulator simulator;
    private String app;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(3_000, 3).site(Site.directory(), "/starman/").start();
        app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo";
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aNewerStarmanInAnotherTabUpgradesAtOnceAndThisTabAsksForAReload() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            wait(driver).until(d -> d.findElement(By.id("connect"))).click();
            wait(driver).until(d -> !d.findElements(AppPage.DONE).isEmpty());
            String old = driver.getWindowHandle();
            int stored = BrowserListens.read(driver).listens().size();

            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(simulator.baseUrl() + "/starman/manifest.json");
            Object upgrade = ((JavascriptExecutor) driver).executeAsyncScript(OPEN_NEXT_VERSION, NEXT_VERSION);

            assertThat(upgrade).as("the open tab let the upgrade through").isEqualTo("opened");
            assertThat(BrowserListens.read(driver).listens()).as("the upgrade kept every listen").hasSize(stored);
            assertThat(FaultTally.differences(BrowserListens.read(driver).listens(), simulator.listens("demo"))).isZero();
            driver.switchTo().window(old);
            wait(driver).until(d -> d.findElement(By.id("error")).getText()
                    .equals("Starman was updated in another tab; reload this page to use the new version."));
        }
    }

    @Test
    void aPageOlderThanItsDatabaseAsksForAReload() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/starman/manifest.json");
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(OPEN_NEXT_VERSION, NEXT_VERSION)).isEqualTo("opened");

            driver.get(app);

            wait(driver).until(d -> d.findElement(By.id("error")).getText().contains(
                    "a newer version of Starman has used it; reload this page to get that version"));
        }
    }

    @Test
    void aVersionOneDatabaseUpgradesKeepingEveryListenInTheNewLayout() throws Exception {
        List<Listen> expected = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                StorageVersionsIT.class.getResourceAsStream("/storage/schema2-listens.jsonl.gz")), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> expected.add(ListenJson.parse(line)));
        }
        String dump;
        try (InputStream in = StorageVersionsIT.class.getResourceAsStream("/storage/schema2-days.json")) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(simulator.baseUrl() + "/starman/manifest.json");
            assertThat(js.executeAsyncScript(CREATE_V1, dump)).isEqualTo(1L);
            assertThat(js.executeAsyncScript(SCHEMA)).isEqualTo("1:cache,days,dictionary,meta");

            driver.get(app);

            wait(driver).until(d -> !d.findElements(By.id("connect")).isEmpty());
            assertThat(js.executeAsyncScript(SCHEMA)).isEqualTo(SCHEMA_NOW);
            assertThat(js.executeAsyncScript(LEGACY_RECORDS)).isEqualTo(0L);
            assertThat(expected).hasSize(150);
            assertThat(BrowserListens.read(driver).listens()).isEqualTo(expected);
        }
    }

    @Test
    void anOldTabHoldingTheDatabaseBlocksTheUpgradeUntilItCloses() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/starman/manifest.json");
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(HOLD_V1)).isEqualTo(1L);
            String oldTab = driver.getWindowHandle();

            driver.switchTo().newWindow(WindowType.TAB);
            String newTab = driver.getWindowHandle();
            driver.get(app);
            wait(driver).until(d -> d.findElement(By.id("error")).getText().equals(AppView.BLOCKED));

            driver.switchTo().window(oldTab).close();
            driver.switchTo().window(newTab);

            wait(driver).until(d -> !d.findElements(By.id("connect")).isEmpty());
            assertThat(driver.findElements(By.id("error"))).isEmpty();
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(SCHEMA)).isEqualTo(SCHEMA_NOW);
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }
}
