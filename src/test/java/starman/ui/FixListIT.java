package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import starman.fixlist.Candidate;
import starman.fixlist.Effect;
import starman.fixlist.FixList;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.testing.StoredListRows;

/**
 * The fix-list in headless Chromium against the simulator: the groups the JVM finds in the stored listens show, a
 * chosen recording shows its change and the dry run of what would be sent, confirming sends it with the token (the
 * simulator saw it) and the numbers count the mapping at once, a reload keeps it, undo drops it; axe and a phone.
 */
class FixListIT {
    private static final By READY = By.cssSelector("html[data-starman='ready']");

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void groupsShowADryRunSaysWhatIsSentConfirmSendsAndCountsAtOnceAReloadKeepsItAndUndoDropsIt() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo");
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.elementToBeClickable(By.id("token")))
                    .sendKeys(ListenBrainzSimulator.DEMO_TOKEN);
            driver.findElement(By.id("connect")).click();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(AppPage.DONE));
            awaitCandidates(driver);

            // the groups are the JVM's over the same stored listens and caches
            List<Listen> stored = BrowserListens.read(driver).listens();
            Jvm jvm = jvm(driver, stored);
            FixList expected = FixList.of(ArtistFilter.DAVID_BOWIE, jvm.normalizer, StoredListRows.of(stored));
            assertThat(expected.groups()).isNotEmpty();
            List<WebElement> shown = driver.findElements(By.cssSelector(".fixlist-group h3"));
            assertThat(shown).hasSize(Math.min(FixListView.SHOWN, expected.groups().size()));
            for (int i = 0; i < shown.size(); i++) {
                assertThat(shown.get(i).getText()).isEqualTo(FixListView.GroupRow.heading(expected.groups().get(i)));
            }

            // the first group with a counted listen and a candidate: its number opens exactly its listens
            int g = 0;
            while (expected.groups().get(g).counted() == 0
                    || jvm.candidates(expected.groups().get(g)).isEmpty()) {
                g++;
            }
            FixList.Group group = expected.groups().get(g);
            Candidate candidate = jvm.candidates(group).get(0);
            String id = "fixlist-g" + g;
            click(driver, id + "-listens");
            WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElements(By.cssSelector(".listen"))).hasSize(Math.min(100, group.counted()));
            driver.findElement(By.id("drilldown-close")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("drilldown")).isEmpty());

            // choosing it shows the change and the dry run: one request per distinct msid, nothing sent yet
            click(driver, id + "-c0");
            WebElement review = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "-review")));
            Set<String> msids = new LinkedHashSet<>();
            for (Listen l : stored) {
                if (group.contains(l.listenedAt(), ListenIndex.hash(l.recordingMsid()))) {
                    msids.add(l.recordingMsid());
                }
            }
            Effect effect = Effect.of(group, candidate, jvm.index, jvm.atlas());
            assertThat(review.getText()).contains(effect.lines());
            assertThat(review.getText()).contains("Dry run: confirming sends " + msids.size() + " request");
            for (String msid : msids) {
                assertThat(review.getText()).contains("{\"recording_msid\":\"" + msid + "\",\"recording_mbid\":\""
                        + candidate.recordingMbid() + "\"}");
            }
            assertThat(simulator.manualMappings()).isEmpty();
            assertThat(Axe.violations(driver)).as("fix-list at 1280").isEmpty();
            screenshot(chromium, id, "fixlist-1280x800.png");
            chromium.emulateViewport(360, 800, true);
            assertThat((Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isZero();
            assertThat(Axe.violations(driver)).as("fix-list at 360").isEmpty();
            screenshot(chromium, id, "fixlist-360x800.png");
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            assertThat(Axe.violations(driver)).as("fix-list at 360, dark").isEmpty();
            chromium.emulateViewport(1280, 800, false);

            // confirm: sent with the token, and counted with the person's mapping at once
            click(driver, id + "-confirm");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("fixlist-m0-undo")).isEmpty());
            assertThat(driver.findElement(By.id("fixlist-message")).getText()).contains("ListenBrainz took all");
            assertThat(simulator.manualMappings()).extracting(ListenBrainzSimulator.ManualMapping::recordingMsid)
                    .containsExactlyInAnyOrderElementsOf(msids);
            assertThat(simulator.manualMappings()).allSatisfy(m -> {
                assertThat(m.user()).isEqualTo(ListenBrainzSimulator.DEMO_USER);
                assertThat(m.recordingMbid()).isEqualTo(candidate.recordingMbid());
            });
            String heading = FixListView.GroupRow.heading(group);
            assertThat(driver.findElement(By.cssSelector(".fixlist-mapped")).getText()).startsWith(heading);
            assertThat(driver.findElements(By.cssSelector(".fixlist-group h3"))).extracting(WebElement::getText)
                    .doesNotContain(heading);
            assertOwnMappingCounts(driver, group.counted());
            awaitAtlas(driver);
            assertThat(driver.findElement(By.id("atlas-overall")).getText()).isEqualTo(effect.studioHeardAfter()
                    + " of " + effect.studioTracks() + " studio-album tracks heard at least once.");

            // a reload keeps it
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(READY));
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(AppPage.DONE));
            openFixList(driver);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("fixlist-m0-undo")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".fixlist-mapped")).getText()).startsWith(heading);
            assertOwnMappingCounts(driver, group.counted());

            // undo: the group is back on the list, its listens counted as before
            click(driver, "fixlist-m0-undo");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.id("fixlist-m0-undo")).isEmpty()
                    && d.findElements(By.cssSelector(".fixlist-group h3")).stream().anyMatch(h -> h.getText().equals(heading)));
            awaitAtlas(driver);
            assertThat(driver.findElement(By.id("atlas-overall")).getText()).isEqualTo(effect.studioHeardBefore()
                    + " of " + effect.studioTracks() + " studio-album tracks heard at least once.");
        }
    }

    /** The mapped group's listens open with "your own mapping" as the rule of each. */
    private static void assertOwnMappingCounts(WebDriver driver, int counted) {
        click(driver, "fixlist-m0-listens");
        WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
        List<WebElement> how = drill.findElements(By.cssSelector(".listen .how"));
        assertThat(how).hasSize(Math.min(100, counted));
        assertThat(how).allSatisfy(h -> assertThat(h.getAttribute("textContent")).contains("from your own mapping"));
        driver.findElement(By.id("drilldown-close")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("drilldown")).isEmpty());
    }

    private static void click(WebDriver driver, String id) {
        WebElement e = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private static void openFixList(WebDriver driver) {
        click(driver, "fixlist-open");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("fixlist-summary")).isEmpty()
                && d.findElements(By.id("fixlist-message")).stream().noneMatch(m -> m.getText().startsWith("Looking")));
    }

    /** Opens the fix-list again until the discography (fetched after the sync) gives some group a candidate. */
    private static void awaitCandidates(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(d -> {
            openFixList(d);
            return !d.findElements(By.cssSelector(".fixlist-candidates button")).isEmpty();
        });
    }

    /** Counts the atlas again (it is counted when opened). */
    private static void awaitAtlas(WebDriver driver) {
        click(driver, "atlas-open");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("atlas-overall")).isEmpty()
                && d.findElements(By.id("atlas-message")).isEmpty());
    }

    /** The core over the listens and caches the page stored. */
    private record Jvm(Normalizer normalizer, ListenIndex index, MetadataCache metadata, Discographies discographies) {
        Atlas atlas() {
            return Atlas.of(Catalogue.BOWIE_MBID, discographies.get(Catalogue.BOWIE_MBID).groups(), metadata, metadata,
                    index);
        }

        List<Candidate> candidates(FixList.Group group) {
            return Candidate.of(group, discographies.get(Catalogue.BOWIE_MBID).groups(), metadata);
        }
    }

    private static Jvm jvm(WebDriver driver, List<Listen> stored) {
        Map<String, Object> cache = AppPage.caches(driver);
        MetadataCache metadata = MetadataCache.fromJson((String) cache.get("metadata"));
        Discographies discographies = Discographies.fromJson((String) cache.get("discographies"));
        Normalizer normalizer = new Normalizer(metadata);
        ListenIndex index = new ListenIndex(normalizer, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(AppPage.browserZone(driver), DayOfWeek.MONDAY), metadata);
        index.addAll(stored);
        return new Jvm(normalizer, index, metadata, discographies);
    }

    private static void screenshot(Chromium chromium, String id, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
