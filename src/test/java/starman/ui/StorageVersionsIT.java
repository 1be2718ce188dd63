package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.browser.IndexedDbBlocks;
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
            + "  ['days', 'dictionary', 'meta', 'cache', 'coach'].forEach(function(s) {"
            + "    if (!db.objectStoreNames.contains(s)) { db.createObjectStore(s); }"
            + "  });"
            + "};"
            + "req.onblocked = function() { end('blocked'); };"
            + "req.onsuccess = function() { req.result.close(); end('opened'); };"
            + "req.onerror = function() { end('error: ' + req.error); };";

    private static final int NEXT_VERSION = IndexedDbBlocks.SCHEMA_VERSION + 1;
    /** Every record of the version 1 stores, to build that version's database again from. */
    private static final String DUMP_V1 = ""
            + "var done = arguments[arguments.length - 1], out = {};"
            + "var req = indexedDB.open('starman');"
            + "req.onsuccess = function() {"
            + "  var db = req.result, stores = ['days', 'dictionary', 'meta', 'cache'];"
            + "  var tx = db.transaction(stores, 'readonly');"
            + "  stores.forEach(function(s) {"
            + "    var keys = tx.objectStore(s).getAllKeys(), values = tx.objectStore(s).getAll();"
            + "    values.onsuccess = function() { out[s] = {keys: keys.result, values: values.result}; };"
            + "  });"
            + "  tx.oncomplete = function() { db.close(); window.starmanV1 = out; done(Object.keys(out).length); };"
            + "};";
    /**
     * Deletes the database (the app's connection closes on versionchange) and creates it again as version 1
     * wrote it: the four stores of then, holding the dumped records.
     */
    private static final String RESTORE_AS_V1 = ""
            + "var done = arguments[arguments.length - 1], dump = window.starmanV1;"
            + "var del = indexedDB.deleteDatabase('starman');"
            + "del.onsuccess = function() {"
            + "  var req = indexedDB.open('starman', 1);"
            + "  req.onupgradeneeded = function() {"
            + "    Object.keys(dump).forEach(function(s) { req.result.createObjectStore(s); });"
            + "  };"
            + "  req.onsuccess = function() {"
            + "    var db = req.result, tx = db.transaction(Object.keys(dump), 'readwrite');"
            + "    Object.keys(dump).forEach(function(s) {"
            + "      dump[s].keys.forEach(function(k, i) { tx.objectStore(s).put(dump[s].values[i], k); });"
            + "    });"
            + "    tx.oncomplete = function() { db.close(); done(db.version); };"
            + "  };"
            + "};"
            + "del.onerror = function() { done('error: ' + del.error); };";
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
    void aVersionOneDatabaseUpgradesToVersionTwoKeepingEveryListen() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(app);
            wait(driver).until(d -> d.findElement(By.id("connect"))).click();
            wait(driver).until(d -> !d.findElements(AppPage.DONE).isEmpty());
            String count = driver.findElement(By.id("listen-count")).getText();
            assertThat(js.executeAsyncScript(DUMP_V1)).isEqualTo(4L);
            assertThat(js.executeAsyncScript(RESTORE_AS_V1)).isEqualTo(1L);
            assertThat(js.executeAsyncScript(SCHEMA)).isEqualTo("1:cache,days,dictionary,meta");

            driver.get(app);

            wait(driver).until(d -> !d.findElements(AppPage.DONE).isEmpty());
            assertThat(js.executeAsyncScript(SCHEMA)).isEqualTo("2:cache,coach,days,dictionary,meta");
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(count);
            assertThat(FaultTally.differences(BrowserListens.read(driver).listens(), simulator.listens("demo"))).isZero();
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
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(SCHEMA))
                    .isEqualTo("2:cache,coach,days,dictionary,meta");
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }
}
