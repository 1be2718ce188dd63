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
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;
import starman.versions.Versions;

/**
 * The versions of a song in headless Chromium: the atlas's "songs heard in most versions" are the JVM's over the same
 * stored listens and metadata (with the works the lane browsed from the simulator's MusicBrainz), a song opens its
 * versions grouped by work then recording (a work's live and studio takes under its heading), a version's number opens
 * exactly its listens, a track's drill-down opens its song's versions, and it passes axe (light and dark) and fits a
 * phone.
 */
class VersionsIT {
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theMostVersionsListOpensASongsVersionsAndEachVersionOpensItsListens() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            AtlasIT.awaitAtlas(driver);
            // the metadata lane browses MusicBrainz's works (the simulator's /ws/2) a page a second
            Versions expected = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                Versions v = jvmVersions(d);
                return v.recordingsWithWorkData() == v.mbidRecordings() && v.mbidRecordings() > 0 ? v : null;
            });
            assertThat(expected.workNote()).startsWith("Works from MusicBrainz for ");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(
                    "#atlas-versions li")).size() == expected.mostVersions(AtlasView.MOST_VERSIONS).size());
            List<Versions.Song> most = expected.mostVersions(AtlasView.MOST_VERSIONS);
            assertThat(most).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("#atlas-versions li"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(most.stream().map(s -> new AtlasView.SongRow(s, "").name() + " "
                            + new AtlasView.SongRow(s, "").detail()).toList());

            // the song heard in most versions: its versions, by work then recording
            Versions.Song song = most.get(0);
            click(driver, driver.findElement(By.id("atlas-song-0")));
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("versions")));
            assertThat(panel.findElement(By.id("versions-title")).getText()).isEqualTo("Versions of " + song.name());
            assertThat(panel.findElement(By.id("versions-works")).getText()).isEqualTo(expected.workNote());
            assertThat(panel.findElements(By.cssSelector(".versions-group h3"))).hasSize(song.groups().size());
            assertThat(panel.findElements(By.cssSelector(".version"))).hasSize(song.versionCount());
            List<Versions.Version> versions = song.groups().stream().flatMap(g -> g.recordings().stream())
                    .flatMap(r -> r.versions().stream()).toList();
            for (int i = 0; i < versions.size(); i++) {
                VersionsView.VersionRow row = new VersionsView.VersionRow(versions.get(i), "version-" + i);
                WebElement number = driver.findElement(By.id(row.id()));
                assertThat(number.getText()).isEqualTo(row.listens());
                assertThat(number.getAttribute("aria-label")).isEqualTo(row.label());
            }
            assertThat(Axe.violations(driver)).as("versions at 1280").isEmpty();
            screenshot(chromium, "versions-1280x800.png");
            chromium.emulateViewport(360, 800, true);
            assertThat((Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isZero();
            assertThat(Axe.violations(driver)).as("versions at 360").isEmpty();
            screenshot(chromium, "versions-360x800.png");
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            assertThat(Axe.violations(driver)).as("versions at 360, dark").isEmpty();
            chromium.emulateViewport(1280, 800, false);

            // a version's number opens exactly its listens
            int pick = 0;
            while (versions.get(pick).listens() > DrillDownView.PAGE) {
                pick++;
            }
            Versions.Version version = versions.get(pick);
            click(driver, driver.findElement(By.id("version-" + pick)));
            WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                    .isEqualTo(Format.count(version.listens(), "listen", "listens") + " of David Bowie, newest first.");
            assertThat(driver.findElements(By.cssSelector("#drilldown .listen .track"))).extracting(WebElement::getText)
                    .hasSize(version.listens())
                    .allMatch(t -> version.submission() == null || t.equals(version.trackName()));
            driver.findElement(By.id("drilldown-close")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("drilldown")).isEmpty());
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("version-" + pick);
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("versions")).isEmpty());
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("atlas-song-0");

            // a work groups several recordings: the live take beside the studio one, under the work's heading
            int grouped = 0;
            while (most.get(grouped).groups().stream().noneMatch(g -> g.work() != null && g.recordings().size() > 1)) {
                grouped++;
            }
            Versions.Song byWork = most.get(grouped);
            Versions.Group work = byWork.groups().stream().filter(g -> g.work() != null && g.recordings().size() > 1)
                    .findFirst().orElseThrow();
            click(driver, driver.findElement(By.id("atlas-song-" + grouped)));
            WebElement workPanel = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("versions")));
            assertThat(workPanel.findElements(By.cssSelector(".versions-group h3"))).extracting(WebElement::getText)
                    .contains("Work: " + work.work().title() + " (MusicBrainz)");
            WebElement section = workPanel.findElement(By.xpath(".//section[contains(@class, 'versions-group')]"
                    + "[h3[text()='Work: " + work.work().title().replace("'", "") + " (MusicBrainz)']]"));
            assertThat(section.findElements(By.cssSelector(".versions-recording"))).extracting(WebElement::getText)
                    .as(workPanel.getText()).containsExactlyElementsOf(work.recordings().stream().map(r -> "Recording " + r.mbid()).toList());
            driver.findElement(By.id("versions-close")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("versions")).isEmpty());

            // a track's listens offer its song's versions
            // track lists are drawn when opened: open them all, then take the first heard track
            for (WebElement toggle : driver.findElements(By.cssSelector(".atlas-toggle"))) {
                js.executeScript("arguments[0].click();", toggle);
            }
            WebElement track = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.cssSelector(".atlas-tracks button.number")));
            click(driver, track);
            click(driver, new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("drilldown-versions"))));
            WebElement opened = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("versions-title")));
            assertThat(opened.getText()).startsWith("Versions of ");
            assertThat(driver.findElements(By.cssSelector("#versions .version"))).isNotEmpty();
        }
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The core's versions over the listens and the metadata the page stored. */
    private static Versions jvmVersions(WebDriver driver) {
        Map<String, Object> cache = AppPage.caches(driver);
        MetadataCache metadata = MetadataCache.fromJson((String) cache.get("metadata"));
        ListenIndex index = new ListenIndex(new Normalizer(metadata), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(AppPage.browserZone(driver), DayOfWeek.MONDAY), metadata);
        index.addAll(BrowserListens.read(driver).listens());
        return Versions.of(index, metadata);
    }

    private static void screenshot(Chromium chromium, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById('versions').scrollIntoView({block: 'start'});");
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
