package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.atlas.Atlas;
import starman.atlas.Discographies;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The discography atlas in headless Chromium: synced from the simulator, it shows what the JVM's atlas counts over the
 * same stored listens and caches, a track's number opens exactly its listens, it opens again offline from the cache
 * after a reload, and it passes axe (light and dark) and fits a phone.
 */
class AtlasIT {
    private static final By READY = By.cssSelector("html[data-starman='ready']");

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theAtlasShowsTheCoresCountsOpensATracksListensAndOpensOfflineFromTheCache() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            awaitAtlas(driver);

            Atlas expected = jvmAtlas(driver);
            assertThat(driver.findElement(By.id("atlas-overall")).getText()).isEqualTo(expected.overall() + ".");
            assertThat(expected.studioHeard()).isPositive().isLessThan(expected.studioTracks());
            assertThat(driver.findElements(By.cssSelector(".atlas-section h3"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(expected.sections().stream().map(s -> s.kind().heading).toList());
            int albums = 0;
            for (Atlas.Section section : expected.sections()) {
                for (Atlas.Album album : section.albums()) {
                    albums++;
                    AtlasView.AlbumRow row = new AtlasView.AlbumRow(album, "atlas-" + album.releaseGroupMbid(), List.of());
                    assertThat(text(driver, row.summaryId())).as(album.name()).isEqualTo(row.summary());
                    if (album.tracksKnown()) {
                        assertThat(text(driver, row.playsButton())).as(album.name()).isEqualTo(row.plays());
                        // a track list is drawn when opened
                        assertThat(driver.findElements(By.cssSelector("#" + row.listId() + " li"))).isEmpty();
                        js.executeScript("arguments[0].click();", driver.findElement(By.id(row.toggleId())));
                        assertThat(driver.findElement(By.id(row.toggleId())).getAttribute("aria-expanded"))
                                .isEqualTo("true");
                        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                                By.cssSelector("#" + row.listId() + " li")).size() == album.total());
                    }
                }
            }
            assertThat(driver.findElements(By.cssSelector(".atlas-album"))).hasSize(albums);
            assertThat(albums).isEqualTo(Catalogue.standard().discography(Catalogue.BOWIE_MBID).size());

            // a heard track of a studio album: its plays, and its number opens exactly its listens
            Atlas.Album album = expected.sections().get(0).albums().stream()
                    .filter(a -> a.tracksKnown() && a.heard() > 0).findFirst().orElseThrow();
            Atlas.Track track = album.tracks().stream().filter(t -> t.heard() && t.plays() < 100).findFirst()
                    .orElseThrow();
            String button = "atlas-" + album.releaseGroupMbid() + "-" + track.position();
            WebElement number = driver.findElement(By.id(button));
            assertThat(number.getText()).isEqualTo(Format.count(track.plays(), "play", "plays"));
            assertThat(number.getAttribute("aria-label")).isEqualTo(track.title() + ": "
                    + Format.count(track.plays(), "play", "plays") + ", open its listens");
            js.executeScript("arguments[0].scrollIntoView({block: 'center'});", number);
            number.click();
            WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElement(By.id("drilldown-title")).getText())
                    .isEqualTo(track.title() + " (" + album.name() + ")");
            assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                    .isEqualTo(Format.count(track.plays(), "listen", "listens") + " of David Bowie, newest first.");
            assertThat(driver.findElements(By.cssSelector("#drilldown .listen"))).hasSize(track.plays());
            driver.findElement(By.id("drilldown-close")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("drilldown")).isEmpty());

            assertThat(Axe.violations(driver)).as("atlas at 1280").isEmpty();
            screenshot(chromium, "atlas-1280x800.png");
            chromium.emulateViewport(360, 800, true);
            assertThat((Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isZero();
            assertThat(Axe.violations(driver)).as("atlas at 360").isEmpty();
            screenshot(chromium, "atlas-360x800.png");
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            assertThat(Axe.violations(driver)).as("atlas at 360, dark").isEmpty();
            chromium.emulateViewport(1280, 800, false);
            assertThat(Axe.violations(driver)).as("atlas at 1280, dark").isEmpty();

            // offline after a reload: the atlas opens from the cached discography, asking nothing
            AppPage.awaitControllingServiceWorker(driver);
            long asked = simulator.stats().requests("metadata/artist");
            assertThat(asked).isEqualTo(1);
            chromium.setOffline(true);
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(READY));
            awaitAtlas(driver);
            assertThat(driver.findElement(By.id("atlas-overall")).getText()).isEqualTo(expected.overall() + ".");
            assertThat(simulator.stats().requests("metadata/artist")).isEqualTo(asked);
        }
    }

    /** Opens the atlas, again until the discography has arrived (the metadata lane fetches it after the sync). */
    static void awaitAtlas(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofSeconds(1)).until(d -> {
            if (!d.findElements(By.id("atlas-overall")).isEmpty()) {
                return true;
            }
            List<WebElement> message = d.findElements(By.id("atlas-message"));
            if (message.isEmpty() || !message.get(0).getText().startsWith("Counting")) {
                ((JavascriptExecutor) d).executeScript("document.getElementById('atlas-open').click();");
            }
            return false;
        });
    }

    /** The page's stored listens indexed on the JVM with the metadata and Bowie's discography it cached. */
    record Cached(MetadataCache metadata, List<ArtistReleaseGroup> discography, ListenIndex index) {
        static Cached read(WebDriver driver) {
            Map<String, Object> cache = AppPage.caches(driver);
            MetadataCache metadata = MetadataCache.fromJson((String) cache.get("metadata"));
            Discographies discographies = Discographies.fromJson((String) cache.get("discographies"));
            ListenIndex index = new ListenIndex(new Normalizer(metadata), ArtistFilter.DAVID_BOWIE,
                    JavaTime.periods(AppPage.browserZone(driver), DayOfWeek.MONDAY), metadata);
            index.addAll(BrowserListens.read(driver).listens());
            return new Cached(metadata, discographies.get(Catalogue.BOWIE_MBID).groups(), index);
        }
    }

    /** The core's atlas over the listens, the metadata and the discography the page stored. */
    private static Atlas jvmAtlas(WebDriver driver) {
        Cached cached = Cached.read(driver);
        return Atlas.of(Catalogue.BOWIE_MBID, cached.discography(), cached.metadata(), cached.metadata(),
                cached.index());
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent");
    }

    private static void screenshot(Chromium chromium, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById('atlas').scrollIntoView({block: 'start'});");
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
