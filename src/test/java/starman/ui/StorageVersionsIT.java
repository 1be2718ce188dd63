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
import starman.simulator.ListenBrainzSimulator;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.Site;

/**
 * Two versions of Starman in one browser: a newer one upgrading the database while this one is open is not
 * blocked, and each page that can no longer use the database says so in a sentence. The "newer Starman" is
 * script on the same origin opening the database at the next version, as the next schema would.
 */
class StorageVersionsIT {
    private static final By DONE = By.cssSelector("#sync-status[data-done='true']");
    /** The database at the next version, with the stores the app expects; answers how the open ended. */
    private static final String OPEN_NEXT_VERSION = ""
            + "var done = arguments[arguments.length - 1], ended = false;"
            + "var req = indexedDB.open('starman', arguments[0]);"
            + "function end(how) { if (!ended) { ended = true; done(how); } }"
            + "req.onupgradeneeded = function() {"
            + "  var db = req.result;"
            + "  ['days', 'dictionary', 'meta', 'cache'].forEach(function(s) {"
            + "    if (!db.objectStoreNames.contains(s)) { db.createObjectStore(s); }"
            + "  });"
            + "};"
            + "req.onblocked = function() { end('blocked'); };"
            + "req.onsuccess = function() { req.result.close(); end('opened'); };"
            + "req.onerror = function() { end('error: ' + req.error); };";

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
            wait(driver).until(d -> !d.findElements(DONE).isEmpty());
            String old = driver.getWindowHandle();
            int stored = BrowserListens.read(driver).listens().size();

            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(simulator.baseUrl() + "/starman/manifest.json");
            Object upgrade = ((JavascriptExecutor) driver).executeAsyncScript(OPEN_NEXT_VERSION, 2);

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
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(OPEN_NEXT_VERSION, 2)).isEqualTo("opened");

            driver.get(app);

            wait(driver).until(d -> d.findElement(By.id("error")).getText().contains(
                    "a newer version of Starman has used it; reload this page to get that version"));
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }
}
