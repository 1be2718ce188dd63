package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
import starman.metrics.ListenDrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;
import starman.training.Comparison;
import starman.training.Tops;
import starman.training.YearReview;

/**
 * The comparisons and the year in review in headless Chromium: the compiled engine says what the JVM engine says over
 * the same history, a figure opens exactly its listens, and the cards pass axe on a phone and a desktop.
 */
class ReviewIT {
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theComparisonsAndTheYearAreTheEnginesAndEachFigureOpensItsListens() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 13).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            MetadataCache known = SyncScreenIT.catalogueMetadata();
            List<Listen> listens = simulator.listens("demo");
            ListenIndex jvm = new ListenIndex(new Normalizer(known), ArtistFilter.DAVID_BOWIE,
                    JavaTime.periods(AppPage.browserZone(driver), DashboardIT.localeWeekStart(driver)), known);
            jvm.addAll(listens);

            // the minutes settle once the metadata lane has looked up the lengths
            new WebDriverWait(driver, Duration.ofSeconds(90))
                    .withMessage(() -> shownComparisons(driver) + " shown, the engine's " + expectedComparisons(jvm))
                    .until(d -> shownComparisons(d).equals(expectedComparisons(jvm)));
            assertThat(driver.findElement(By.cssSelector("#compare-week h3")).getText())
                    .isEqualTo("This week vs last week");
            Comparison week = Comparison.of(jvm, Comparison.Kind.WEEK, System.currentTimeMillis() / 1000);
            assertThat(driver.findElement(By.id("compare-week-stretch-songs")).getAttribute("aria-label"))
                    .isEqualTo("Last week to the same point: " + Format.count(week.sameStretch().totals().songs())
                            + (week.sameStretch().totals().songs() == 1 ? " song" : " songs") + " — show listens");
            assertThat((String) js(driver).executeScript("return document.querySelector('#compare-week-picture svg')"
                    + ".getAttribute('aria-label');")).isEqualTo(week.scene().title());

            // any days: the last 30, typed into the date fields
            int today = jvm.periods().epochDay(System.currentTimeMillis() / 1000);
            js(driver).executeScript("for (const [id, v] of [['range-from', arguments[0]], ['range-to', arguments[1]]])"
                    + " { const e = document.getElementById(id); e.value = v;"
                    + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " e.dispatchEvent(new Event('change', {bubbles: true})); }",
                    LocalDate.ofEpochDay(today - 29).toString(), LocalDate.ofEpochDay(today).toString());
            driver.findElement(By.id("range-count")).click();
            Comparison.Span range = Comparison.range(jvm, today - 29, today);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("range-songs")).isEmpty());
            assertThat(List.of(text(driver, "#range-songs"), text(driver, "#range-albums"), text(driver, "#range-minutes")))
                    .containsExactly(Format.count(range.totals().songs()), Format.count(range.totals().albums()),
                            Format.decimal(range.totals().minutes()));
            assertThat(text(driver, "#range-name")).isEqualTo(range.name());
            // and its top albums and tracks, by songs and by minutes, each opening its listens of those days
            Tops tops = Tops.of(jvm, jvm.rowsBefore(range.from(), Long.MIN_VALUE), jvm.rowsBefore(range.to(),
                    Long.MIN_VALUE), YearReview.TOP).named(ListenDrillDown.source(listens));
            assertThat(tops.albums()).isNotEmpty();
            assertThat(names(driver, "#range-albums")).isEqualTo(names(tops.albums()));
            assertThat(names(driver, "#range-albums-minutes")).isEqualTo(names(tops.albumsByMinutes()));
            assertThat(names(driver, "#range-tracks")).isEqualTo(names(tops.tracks()));
            assertThat(names(driver, "#range-tracks-minutes")).isEqualTo(names(tops.tracksByMinutes()));
            YearReview.Top track = tops.tracks().get(0);
            open(driver, "range-tracks-0", track.name() + " in " + range.name() + ": " + Format.count(track.songs(),
                    "song", "songs") + " · " + Format.decimal(track.minutes()) + " minutes", track.songs());

            // a past year, chosen in the picker
            List<Integer> years = YearReview.years(jvm);
            List<String> buttons = driver.findElements(By.cssSelector(".years .year")).stream().map(WebElement::getText)
                    .toList();
            assertThat(buttons).isEqualTo(years.stream().map(String::valueOf).toList());
            int year = years.get(Math.max(0, years.size() - 2));
            driver.findElement(By.id("review-year-" + year)).click();
            YearReview review = YearReview.of(jvm, year, System.currentTimeMillis() / 1000).named(ListenDrillDown.source(listens));
            String title = review.soFar() ? review.title() : year + " in review";
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("review-heading")).getText().equals(title));
            assertThat(driver.findElement(By.id("review-year-" + year)).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(text(driver, "#review-songs")).isEqualTo(Format.count(review.totals().songs()));
            assertThat(text(driver, "#review-albums")).isEqualTo(Format.count(review.totals().albums()));
            assertThat(text(driver, "#review-minutes")).isEqualTo(Format.decimal(review.totals().minutes()));
            assertThat(text(driver, "#review-tracks")).isEqualTo(Format.count(review.tracks()));
            assertThat(driver.findElements(By.cssSelector("#review-top-albums .top-name")).stream().map(WebElement::getText)
                    .toList()).isEqualTo(review.topAlbums().stream().map(YearReview.Top::name).toList());
            assertThat(driver.findElements(By.cssSelector("#review-top-tracks .top-name")).stream().map(WebElement::getText)
                    .toList()).isEqualTo(review.topTracks().stream().map(YearReview.Top::name).toList());
            assertThat(text(driver, "#review-busiest-day")).isEqualTo(review.busiestDay().name() + ": "
                    + Format.count(review.busiestDay().songs(), "song", "songs"));
            assertThat(driver.findElements(By.cssSelector("#review-firsts li"))).hasSize(review.firsts().size());

            // the busiest day opens its listens, the top album its listens of the year
            open(driver, "review-busiest-day", "Busiest day, " + text(driver, "#review-busiest-day"),
                    review.busiestDay().songs());
            YearReview.Top album = review.topAlbums().get(0);
            open(driver, "review-top-albums-0", text(driver, "#review-top-albums .top-name") + " in " + review.title() + ": "
                    + Format.count(album.songs(), "song", "songs") + " · " + Format.decimal(album.minutes())
                    + " minutes", album.songs());

            for (int width : new int[] {1280, 360}) {
                chromium.emulateViewport(width, 800, width < 600);
                assertThat((Long) js(driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                        .as("overflow at " + width).isZero();
                assertThat((Boolean) js(driver).executeScript("return Array.from(document.querySelectorAll("
                        + "'.compare-wrap')).every(w => w.scrollWidth <= w.clientWidth);"))
                        .as("the comparison tables fit their cards at " + width).isTrue();
                js(driver).executeScript("document.querySelector('.review').scrollIntoView({block: 'start'});");
                Files.write(Site.reports().resolve("review-" + width + "x800.png"),
                        chromium.chrome().getScreenshotAs(OutputType.BYTES));
                js(driver).executeScript("document.getElementById('review-title').scrollIntoView({block: 'start'});");
                Files.write(Site.reports().resolve("review-year-" + width + "x800.png"),
                        chromium.chrome().getScreenshotAs(OutputType.BYTES));
                assertThat(Axe.violations(driver)).as("axe at " + width).isEmpty();
            }
        }
    }

    /** Clicks a figure and checks the drill-down it opens: its title and every listen of it. */
    private static List<String> names(WebDriver driver, String list) {
        return driver.findElements(By.cssSelector(list + " .top-name")).stream().map(WebElement::getText).toList();
    }

    private static List<String> names(List<YearReview.Top> tops) {
        return tops.stream().map(YearReview.Top::name).toList();
    }

    private static void open(WebDriver driver, String id, String title, int listens) {
        driver.findElement(By.id(id)).click();
        WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
        assertThat(drill.findElement(By.id("drilldown-title")).getText()).isEqualTo(title);
        assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                .startsWith(Format.count(listens, "listen", "listens") + " of David Bowie");
        assertThat(driver.findElements(By.cssSelector("#drilldown .listen")))
                .hasSize(Math.min(listens, DrillDownView.PAGE));
        driver.findElement(By.id("drilldown-close")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("drilldown")).isEmpty());
    }

    /** Every comparison's numbers as the page shows them, by button id. */
    private static Map<String, String> shownComparisons(WebDriver driver) {
        Map<String, String> shown = new HashMap<>();
        for (WebElement b : driver.findElements(By.cssSelector(".comparison button.number"))) {
            shown.put(b.getAttribute("id"), b.getText());
        }
        return shown;
    }

    private static Map<String, String> expectedComparisons(ListenIndex jvm) {
        Map<String, String> expected = new HashMap<>();
        for (Comparison c : Comparison.at(jvm, System.currentTimeMillis() / 1000)) {
            for (ReviewView.MeasureRow row : ReviewView.ComparisonCard.of(c).rows()) {
                for (ReviewView.Figure f : row.figures()) {
                    expected.put(f.id(), f.amount());
                }
            }
        }
        return expected;
    }

    private static String text(WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
