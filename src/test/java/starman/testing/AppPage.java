package starman.testing;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.simulator.ListenBrainzSimulator;

/** The app as the browser tests drive it: served by the simulator under /starman/, and the JVM's view of it. */
public final class AppPage {
    /** The sync card once the history is stored. */
    public static final By DONE = By.cssSelector("#sync-status[data-done='true']");
    /** The Your data card once the last import (or export) finished. */
    public static final By IMPORTED = By.cssSelector("#import-status[data-done='true']");

    private AppPage() {
    }

    /** Opens the app for {@code user} against the simulator, connects, and waits for the history to be stored. */
    public static WebDriver connect(Chromium chromium, ListenBrainzSimulator simulator, String user) {
        WebDriver driver = chromium.driver();
        driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=" + user);
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.elementToBeClickable(By.id("connect")))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(DONE));
        return driver;
    }

    /**
     * Waits until the sync is done and IndexedDB holds exactly {@code expected} (read again each time: the server's
     * listens change in some tests), its run finished; returns what it holds.
     */
    public static List<Listen> awaitExactly(WebDriver driver, Supplier<List<Listen>> expected, Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(500))
                .withMessage("the sync done and IndexedDB holding exactly the listens expected").until(d -> {
            if (d.findElements(DONE).isEmpty()) {
                return null;
            }
            BrowserListens.Stored stored = BrowserListens.read(d);
            return !stored.checkpoint().running() && FaultTally.differences(stored.listens(), expected.get()) == 0
                    ? stored.listens() : null;
        });
    }

    /** Chooses {@code file} in the Your data card and returns the result line, once it replaced the one shown before. */
    public static String importFile(WebDriver driver, Path file) {
        WebElement input = new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-file")));
        String before = driver.findElement(By.id("import-status")).getText();
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofMinutes(5), Duration.ofMillis(100)).until(d ->
                !d.findElements(IMPORTED).isEmpty() && !d.findElement(By.id("import-status")).getText().equals(before));
        return driver.findElement(By.id("import-status")).getText();
    }

    /** Waits until a service worker controls the page, so that it loads again with the network cut. */
    public static void awaitControllingServiceWorker(WebDriver driver) {
        ((JavascriptExecutor) driver).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function () {"
                + "  if (navigator.serviceWorker.controller) { done(true); return; }"
                + "  navigator.serviceWorker.addEventListener('controllerchange', function () { done(true); });"
                + "});");
    }

    /** Reads the cache records the page keeps in IndexedDB (metadata, discographies), as JSON. */
    private static final String READ_CACHE = ""
            + "var done = arguments[arguments.length - 1];"
            + "var req = indexedDB.open('starman');"
            + "req.onsuccess = function() {"
            + "  var db = req.result, out = {};"
            + "  var tx = db.transaction(['cache'], 'readonly');"
            + "  ['metadata', 'discographies'].forEach(function(key) {"
            + "    tx.objectStore('cache').get(key).onsuccess = function(e) { out[key] = e.target.result || null; };"
            + "  });"
            + "  tx.oncomplete = function() { db.close(); done(out); };"
            + "};";

    /** The page's cache records by key (metadata, discographies), each its JSON or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> caches(WebDriver driver) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(READ_CACHE);
    }

    /** The time zone the page computes in. */
    public static ZoneId browserZone(WebDriver driver) {
        return ZoneId.of((String) ((JavascriptExecutor) driver).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';"));
    }

    /** The engine on the JVM in the browser's time zone, for listens that carry nothing to look up. */
    public static ListenIndex jvmIndex(WebDriver driver, List<Listen> listens) {
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(browserZone(driver), DayOfWeek.MONDAY), RecordingLengths.NONE);
        index.addAll(listens);
        return index;
    }
}
