package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.TrackLists;
import starman.metrics.Totals;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.BrowserListens;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.Site;
import starman.text.Format;

/**
 * The compiled WebAssembly bundle in headless Chromium syncing from the simulator over real HTTP into
 * IndexedDB. The site is served under a base path, as GitHub Pages serves it under /&lt;repository&gt;/.
 */
class SyncScreenIT {
    private static final int LISTENS = 30_000;

    private ListenBrainzSimulator simulator;
    private String app;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(LISTENS, 7).site(Site.directory(), "/starman/").start();
        app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void syncsTheWholeHistoryAndAReloadResumesWithoutRefetching() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            waitFor(driver, By.id("user")).sendKeys("demo");
            driver.findElement(By.id("connect")).click();
            waitFor(driver, AppPage.DONE);

            List<Listen> server = simulator.listens("demo");
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(Format.count(server.size()));
            assertThat(shownTracks(driver)).isEqualTo(newestTracks(server));
            // once the metadata lane has looked up lengths, the compiled engine's all-time row equals the
            // same engine's on the JVM given what the metadata endpoints know (the simulator's catalogue)
            MetadataCache known = catalogueMetadata();
            ListenIndex jvm = new ListenIndex(new Normalizer(known), ArtistFilter.DAVID_BOWIE,
                    JavaTime.periods(ZoneOffset.UTC, DayOfWeek.MONDAY), known);
            jvm.addAll(server);
            Totals allTime = jvm.dashboard(System.currentTimeMillis() / 1000).allTime();
            String minutes = DashboardView.WorkoutRow.of(starman.metrics.Period.ALL_TIME, "All time", allTime, true).minutes();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(
                    By.cssSelector("#all-time .minutes")).getText().equals(minutes));
            assertThat(driver.findElement(By.cssSelector("#all-time .songs")).getText())
                    .isEqualTo(Format.count(allTime.songs()));
            assertThat(driver.findElement(By.cssSelector("#all-time .albums")).getText())
                    .isEqualTo(Format.count(allTime.albums()));
            long pagesFetched = simulator.stats().requests("listens");
            assertThat(pagesFetched).isGreaterThanOrEqualTo(LISTENS / 1000);
            Files.write(Site.reports().resolve("sync-1280x800.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            driver.navigate().refresh();
            waitFor(driver, AppPage.DONE);
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(Format.count(server.size()));
            // the reload re-scans only the trailing window: one page, not the history again
            assertThat(simulator.stats().requests("listens") - pagesFetched).isEqualTo(1);
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void aReloadInTheMiddleOfTheSyncResumesWhereItStopped() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            startDemoSync(driver);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> simulator.stats().requests("listens") >= 5);
            driver.navigate().refresh();
            waitFor(driver, AppPage.DONE);

            assertThat(driver.findElement(By.id("listen-count")).getText())
                    .isEqualTo(Format.count(simulator.listens("demo").size()));
            // at most the page in flight at the reload, and the first page of the resumed run, come twice
            assertThat(simulator.stats().requests("listens")).isLessThanOrEqualTo(LISTENS / 1000 + 3);
        }
    }

    @Test
    void laneAShowsWhatIsPlayingAndATrackChangeBringsInTheNewListen() throws Exception {
        TrackMetadata heroes = new TrackMetadata("David Bowie", "Heroes", "\"Heroes\"", null, null);
        TrackMetadata sound = new TrackMetadata("David Bowie", "Sound and Vision", "Low", null, null);
        simulator.setPlayingNow("demo", heroes);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            startDemoSync(driver);
            waitFor(driver, AppPage.DONE);
            // the card shows the last listen until Lane A's first answer names what is playing
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    d.findElement(By.id("now-title")).getText().equals("Now playing")
                            && d.findElement(By.id("now-playing")).getText().contains("Heroes"));

            // the track ends: its listen lands on the server and the next one starts playing
            simulator.addListen("demo", new Listen(System.currentTimeMillis() / 1000 - 5, 0, "heroes-just-now",
                    "demo", heroes));
            simulator.setPlayingNow("demo", sound);
            String expected = Format.count(simulator.listens("demo").size());
            new WebDriverWait(driver, Duration.ofSeconds(75)).until(d ->
                    d.findElement(By.id("now-playing")).getText().contains("Sound and Vision")
                            && d.findElement(By.id("listen-count")).getText().equals(expected));
            assertThat(shownTracks(driver).get(0)).isEqualTo("Heroes");
        }
    }

    @Test
    void twoTabsShareOneSyncAndShowTheSameListens() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            startDemoSync(driver);
            waitFor(driver, By.id("sync-progress"));
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(app);
            String expected = Format.count(simulator.listens("demo").size());
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(d ->
                    d.findElement(By.id("listen-count")).getText().equals(expected));
            assertThat(driver.findElement(By.id("sync-status")).getText()).contains("Another Starman tab");
            driver.switchTo().window(first);
            waitFor(driver, AppPage.DONE);

            // one tab fetched the history; the other only followed it through IndexedDB
            assertThat(simulator.stats().requests("listens")).isLessThanOrEqualTo(LISTENS / 1000 + 2);
            assertThat(simulator.stats().requests("listen-count")).isEqualTo(2); // the first run's check and sync
        }
    }

    @Test
    void closingTheSyncingTabHandsTheSyncOverAndNoListenIsLost() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            startDemoSync(driver);
            String syncing = driver.getWindowHandle();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> simulator.stats().requests("listens") >= 3);
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(app);
            String follower = driver.getWindowHandle();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    d.findElement(By.id("sync-status")).getText().contains("Another Starman tab"));
            long before = simulator.stats().requests("listens");

            driver.switchTo().window(syncing).close();
            driver.switchTo().window(follower);
            waitFor(driver, AppPage.DONE);

            List<Listen> server = simulator.listens("demo");
            assertThat(simulator.stats().requests("listens")).as("the follower took the sync over").isGreaterThan(before);
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(Format.count(server.size()));
            assertThat(FaultTally.differences(BrowserListens.read(driver).listens(), server)).isZero();
            // the history once, plus at most the page in flight at the handover and the resumed run's first
            assertThat(simulator.stats().requests("listens")).isLessThanOrEqualTo(LISTENS / 1000 + 3);
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void unknownUserGetsAClearMessage() throws Exception {
        try (Chromium chromium = Chromium.start(360, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app + "&user=nobody-here");
            waitFor(driver, By.id("connect")).click();
            WebElement error = waitFor(driver, By.id("settings-problem"));
            assertThat(error.getText()).contains("ListenBrainz has no user called 'nobody-here'.");
            assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
            Files.write(Site.reports().resolve("first-run-error.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));
        }
    }

    /** What the simulator's metadata endpoints answer: lengths, canonical releases, track lists. */
    static MetadataCache catalogueMetadata() {
        MetadataCache cache = new MetadataCache();
        for (Catalogue.Album album : Catalogue.standard().albums()) {
            cache.putReleaseGroup(album.canonical().mbid(), album.releaseGroupMbid());
            List<TrackLists.Track> tracks = new java.util.ArrayList<>();
            for (Catalogue.Recording recording : album.tracks()) {
                cache.putLength(recording.mbid(), recording.lengthMs());
                tracks.add(new TrackLists.Track(recording.mbid(), recording.name()));
            }
            cache.putTracks(album.releaseGroupMbid(), tracks);
        }
        return cache;
    }

    /** Opens the app with the demo user filled in and presses Start. */
    private void startDemoSync(WebDriver driver) {
        driver.get(app + "&user=demo");
        waitFor(driver, By.id("connect")).click();
    }

    private static List<String> shownTracks(WebDriver driver) {
        return driver.findElements(By.cssSelector("#listens .track")).stream().map(WebElement::getText).toList();
    }

    private static List<String> newestTracks(List<Listen> server) {
        return server.stream().sorted((a, b) -> b.key().compareTo(a.key())).limit(ListensView.SHOWN_LISTENS)
                .map(l -> l.track().trackName()).toList();
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
