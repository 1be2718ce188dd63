package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.metrics.Totals;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.sync.Problems;
import starman.testing.Axe;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The settings screen (first run and the Settings dialog) and the sync controls, in headless Chromium against
 * the simulator. Each test leaves screenshots at 360x800 and 1280x800 in target/browser-reports.
 */
class SettingsIT {
    private static final By PAUSED = By.cssSelector("#sync-status[data-paused='true']");
    private static final By PROBLEM = By.id("settings-problem");

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private String start(int listens) throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(listens, 11).site(Site.directory(), "/starman/").start();
        return simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl();
    }

    @Test
    void theFirstRunNamesAnUnknownUserThenSyncsAKnownOne() throws Exception {
        String app = start(3_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            WebElement user = waitFor(driver, By.id("user"));
            assertThat(labelOf(driver, "user")).isEqualTo("ListenBrainz user name");
            assertThat(driver.findElement(By.id("artist")).getAttribute("value")).isEqualTo("David Bowie");
            screenshots(chromium, "settings-first-run");

            user.sendKeys("nobody-here");
            driver.findElement(By.id("connect")).click();
            assertThat(waitFor(driver, PROBLEM).getText()).isEqualTo("ListenBrainz has no user called 'nobody-here'.");
            assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
            screenshots(chromium, "settings-unknown-user");

            user.clear();
            user.sendKeys("demo");
            driver.findElement(By.id("connect")).click();
            waitFor(driver, AppPage.DONE);
            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            assertThat(driver.findElement(By.id("workout-title")).getText()).isEqualTo("David Bowie workout");
        }
    }

    @Test
    void changingTheArtistRecomputesTheDashboardFromTheStoredListens() throws Exception {
        String app = start(6_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = synced(chromium, app);
            long pages = simulator.stats().requests("listens");

            // the dialog opens on the Settings button, shows what is saved, and Escape returns focus to the button
            driver.findElement(By.id("open-settings")).click();
            WebElement dialog = waitForVisible(driver, By.id("settings-dialog"));
            assertThat(dialog.getAttribute("open")).isNotNull();
            assertThat(driver.findElement(By.id("user")).getAttribute("value")).isEqualTo("demo");
            screenshots(chromium, "settings-dialog");
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("settings-dialog"))
                    .getAttribute("open") == null);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("open-settings");

            driver.findElement(By.id("open-settings")).click();
            waitForVisible(driver, By.id("artist"));
            replace(driver, "artist", "Björk");
            replace(driver, "time-zone", "Mars/Olympus");
            driver.findElement(By.id("save-settings")).click();
            assertThat(waitFor(driver, PROBLEM).getText()).isEqualTo("Starman does not know the time zone"
                    + " 'Mars/Olympus'; use a name such as Europe/London, or leave it empty for this device's zone.");
            screenshots(chromium, "settings-bad-zone", By.id("time-zone"));
            replace(driver, "time-zone", "UTC");
            driver.findElement(By.id("save-settings")).click();

            Totals bjork = allTime(simulator.listens("demo"), ArtistFilter.byName("Björk"));
            Totals bowie = allTime(simulator.listens("demo"), ArtistFilter.DAVID_BOWIE);
            assertThat(bjork.songs()).isPositive().isNotEqualTo(bowie.songs());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.id("workout-title")).getText().equals("Björk workout"));
            assertThat(driver.findElement(By.cssSelector("#all-time .songs")).getText())
                    .isEqualTo(Format.count(bjork.songs()));
            assertThat(driver.findElement(By.id("settings-dialog")).getAttribute("open")).isNull();
            // recomputed from IndexedDB's listens, not downloaded again
            assertThat(simulator.stats().requests("listens")).isEqualTo(pages);
            screenshots(chromium, "settings-artist-changed");

            driver.navigate().refresh();
            waitFor(driver, AppPage.DONE);
            assertThat(waitFor(driver, By.id("workout-title")).getText()).isEqualTo("Björk workout");
        }
    }

    @Test
    void aTokenIsCheckedWithListenBrainzAndThenSentWithEveryRequest() throws Exception {
        String app = start(3_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = synced(chromium, app);
            assertThat(simulator.stats().withToken()).isZero();
            driver.findElement(By.id("open-settings")).click();
            WebElement token = waitForVisible(driver, By.id("token"));
            assertThat(token.getAttribute("type")).isEqualTo("password");
            assertThat(token.getAttribute("autocomplete")).isEqualTo("off");
            assertThat(labelOf(driver, "token")).startsWith("ListenBrainz token");

            token.sendKeys("not-the-token", Keys.TAB);
            assertThat(waitFor(driver, By.id("token-problem")).getText())
                    .startsWith("ListenBrainz does not accept this token;");
            screenshots(chromium, "settings-bad-token", By.id("token"));

            replace(driver, "token", ListenBrainzSimulator.DEMO_TOKEN);
            token.sendKeys(Keys.TAB);
            assertThat(waitFor(driver, By.id("token-owner")).getText()).isEqualTo("Token of demo");
            assertThat(driver.findElements(By.id("token-problem"))).isEmpty();
            screenshots(chromium, "settings-token-accepted", By.id("token"));

            driver.findElement(By.id("save-settings")).click();
            // the sync starts again with the token: the page reloads and catches up
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> simulator.stats().withToken() > 1);
            waitFor(driver, AppPage.DONE);
            assertThat(driver.getCurrentUrl()).doesNotContain(ListenBrainzSimulator.DEMO_TOKEN);
            assertThat(storedSettings(driver)).contains("\"token\":\"" + ListenBrainzSimulator.DEMO_TOKEN + "\"");
        }
    }

    @Test
    void switchingUserAsksFirstThenSyncsTheNewUserIntoAFreshStore() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(3_000, 11)
                .user("other", HistoryGenerator.generate(5, "other", 700, System.currentTimeMillis() / 1000).listens())
                .site(Site.directory(), "/starman/").start();
        String app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = synced(chromium, app);
            driver.findElement(By.id("open-settings")).click();
            waitForVisible(driver, By.id("user"));
            replace(driver, "user", "other");
            driver.findElement(By.id("save-settings")).click();
            WebElement question = waitForVisible(driver, By.id("switch-question"));
            assertThat(question.getText()).contains(Format.count(simulator.listens("demo").size()) + " listens of demo");
            screenshots(chromium, "settings-switch-user", By.id("switch-confirm"));
            // nothing changed yet: "Keep demo" leaves everything as it was
            driver.findElement(By.id("switch-no")).click();
            assertThat(driver.findElements(By.id("switch-confirm"))).isEmpty();
            assertThat(storedSettings(driver)).contains("\"user\":\"demo\"");

            driver.findElement(By.id("save-settings")).click();
            waitForVisible(driver, By.id("switch-yes")).click();
            // the page reloads meanwhile: an element found before it may be gone when read
            new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d ->
                    !d.findElements(By.id("sync-title")).isEmpty()
                            && d.findElement(By.id("sync-title")).getText().equals("Listens of other"));
            waitFor(driver, AppPage.DONE);
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(Format.count(simulator.listens("other").size()));
        }
    }

    @Test
    void aPausedSyncSendsNothingAndResumesToTheEnd() throws Exception {
        String app = start(40_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app + "&user=demo");
            waitFor(driver, By.id("connect")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> simulator.stats().requests("listens") >= 3);
            waitFor(driver, By.id("sync-pause")).click();
            waitFor(driver, PAUSED);
            assertThat(driver.findElement(By.id("sync-status")).getText()).startsWith("Paused · ");
            screenshots(chromium, "sync-paused");

            Thread.sleep(1_000); // a page that was on the wire when Pause was pressed lands
            long requests = simulator.stats().requests();
            Thread.sleep(4_000);
            assertThat(simulator.stats().requests()).isEqualTo(requests);
            assertThat(driver.findElements(AppPage.DONE)).isEmpty();

            driver.findElement(By.id("sync-resume")).click();
            waitFor(driver, AppPage.DONE);
            assertThat(simulator.stats().requests()).isGreaterThan(requests);
            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void aLongRateLimitWaitIsExplainedWhileItLasts() throws Exception {
        // three requests per 15 s: the client spends its window, then has to wait for the next one
        simulator = ListenBrainzSimulator.builder().demoUser(6_000, 11).rateLimit(3, 15)
                .site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo");
            waitFor(driver, By.id("connect")).click();
            WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("sync-notice")));
            assertThat(notice.getText()).matches("ListenBrainz asked Starman to slow down; resuming in \\d+ s\\.");
            screenshots(chromium, "sync-slow-down");

            // the wait ends and the sync goes on to the end (the metadata lane may wait again afterwards)
            waitFor(driver, AppPage.DONE);
            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void goingOfflineMidSyncSaysSoAndTheSyncCarriesOnWhenBackOnline() throws Exception {
        String app = start(30_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app + "&user=demo");
            waitFor(driver, By.id("connect")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> simulator.stats().requests("listens") >= 3);
            chromium.setOffline(true);
            new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(d ->
                    !d.findElements(By.id("error")).isEmpty()
                            && d.findElement(By.id("error")).getText().equals(Problems.OFFLINE));
            screenshots(chromium, "sync-offline");

            chromium.setOffline(false);
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(AppPage.DONE));
            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            assertThat(driver.findElements(By.id("error"))).isEmpty();
        }
    }

    @Test
    void forgetMyDataEmptiesIndexedDbAndReturnsToTheFirstRun() throws Exception {
        String app = start(3_000);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = synced(chromium, app);
            assertThat(storedRecords(driver)).isPositive();
            driver.findElement(By.id("open-settings")).click();
            waitForVisible(driver, By.id("forget")).click();
            WebElement confirm = waitForVisible(driver, By.id("forget-confirm"));
            assertThat(driver.findElement(By.id("forget-question")).getText())
                    .contains(Format.count(simulator.listens("demo").size()) + " listens");
            screenshots(chromium, "settings-forget-confirm", By.id("forget-confirm-box"));
            confirm.click();

            waitFor(driver, By.id("connect"));
            assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
            assertThat(storedRecords(driver)).isZero();
            driver.navigate().refresh();
            waitFor(driver, By.id("connect"));
            assertThat(storedRecords(driver)).isZero();
            assertThat(driver.findElements(By.id("open-settings"))).isEmpty();
        }
    }

    /** Opens the app for the demo user and waits for the whole history. */
    private static WebDriver synced(Chromium chromium, String app) {
        WebDriver driver = chromium.driver();
        driver.get(app + "&user=demo");
        waitFor(driver, By.id("connect")).click();
        waitFor(driver, AppPage.DONE);
        return driver;
    }

    private static Totals allTime(List<Listen> listens, ArtistFilter artist) {
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), artist,
                JavaTime.periods(ZoneOffset.UTC, DayOfWeek.MONDAY), RecordingLengths.NONE);
        index.addAll(listens);
        return index.dashboard(System.currentTimeMillis() / 1000).allTime();
    }

    /** Records in all of Starman's IndexedDB stores. */
    private static long storedRecords(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "var open = indexedDB.open('starman');"
                + "open.onerror = function() { done(-1); };"
                + "open.onsuccess = function() {"
                + "  var db = open.result; var names = Array.from(db.objectStoreNames);"
                + "  if (names.length === 0) { db.close(); done(0); return; }"
                + "  var tx = db.transaction(names, 'readonly'); var total = 0; var left = names.length;"
                + "  names.forEach(function(n) { var c = tx.objectStore(n).count();"
                + "    c.onsuccess = function() { total += c.result; if (--left === 0) { db.close(); done(total); } }; });"
                + "};");
    }

    /** The settings record as IndexedDB holds it. */
    private static String storedSettings(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "var open = indexedDB.open('starman');"
                + "open.onsuccess = function() {"
                + "  var db = open.result; var r = db.transaction(['meta']).objectStore('meta').get('settings');"
                + "  r.onsuccess = function() { db.close(); done(String(r.result)); };"
                + "};");
    }

    private static String labelOf(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    /** Types into a field as a person would, so its change event fires. */
    private static void replace(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void screenshots(Chromium chromium, String name) throws Exception {
        screenshots(chromium, name, null);
    }

    /**
     * Both sizes, with {@code inSight} (if any) scrolled to the middle of the screen; axe-core's WCAG A/AA
     * rules (labels, roles, contrast) pass in the light and the dark scheme.
     */
    private static void screenshots(Chromium chromium, String name, By inSight) throws Exception {
        for (int width : new int[] {360, 1280}) {
            chromium.emulateViewport(width, 800, width < 600);
            scrollTo(chromium, inSight);
            Files.write(Site.reports().resolve(name + "-" + width + "x800.png"),
                    chromium.chrome().getScreenshotAs(OutputType.BYTES));
            for (String scheme : List.of("dark", "light")) {
                chromium.devTools("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                assertThat(Axe.violations(chromium.driver())).as(name + " " + scheme + " " + width).isEmpty();
            }
        }
    }

    private static void scrollTo(Chromium chromium, By element) {
        if (element != null) {
            ((JavascriptExecutor) chromium.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});", chromium.driver().findElement(element));
        }
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static WebElement waitForVisible(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
