package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.metrics.ListenIndex;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.time.Weekday;
import starman.training.Anniversaries;
import starman.training.PersonalBests;
import starman.training.Rows;
import starman.training.Training;

/**
 * The streaks, personal bests and anniversaries in headless Chromium: the compiled engine says what the JVM engine says
 * over the same history, and each best opens exactly the listens that set it; the card fits a phone.
 */
class TrainingIT {
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theCardShowsTheEnginesStreaksAndBestsAndEachBestOpensItsListens() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            // a first listen of an album three years ago today, at noon in the browser's zone
            chromium.driver().get(simulator.baseUrl() + "/starman/");
            ZoneId zone = AppPage.browserZone(chromium.driver());
            ZonedDateTime noon = LocalDate.now(zone).minusYears(3).atTime(12, 0).atZone(zone);
            long firstAt = noon.toEpochSecond();
            simulator.addListen("demo", new Listen(firstAt, firstAt, "first-toy", "demo",
                    new TrackMetadata("David Bowie", "Conversation Piece", "Toy", null, null)));
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Weekday weekStart = Weekday.of(((Long) js.executeScript("try { var l = new Intl.Locale(navigator"
                    + ".language); var w = l.getWeekInfo ? l.getWeekInfo() : l.weekInfo; return w && w.firstDay"
                    + " ? w.firstDay : 1; } catch (e) { return 1; }")).intValue());
            ListenIndex jvm = AppPage.jvmIndex(driver, simulator.listens("demo"));
            int today = jvm.periods().epochDay(System.currentTimeMillis() / 1000);
            Training expected = Training.of(Rows.of(jvm), today, weekStart);

            // counted after the table, in a pass of their own
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("streak")).getText()
                    .equals(expected.streakSentence("David Bowie")));
            assertThat(driver.findElement(By.id("streak-forgiving")).getText())
                    .isEqualTo(expected.forgivingSentence("David Bowie"));
            for (PersonalBests.Best best : expected.bests()) {
                if (best.kind() == PersonalBests.Kind.LONGEST_SESSION) {
                    continue; // the page knows lengths from ListenBrainz's metadata, which this JVM index lacks
                }
                WebElement shown = driver.findElement(By.id(new DashboardView.BestRow(best).id()));
                assertThat(shown.findElement(By.className("best-title")).getText()).isEqualTo(best.kind().title);
                assertThat(shown.findElement(By.tagName("button")).getText()).isEqualTo(best.amount());
                assertThat(shown.findElement(By.className("best-when")).getText()).isEqualTo(best.when());
            }
            assertThat(driver.findElements(By.cssSelector("#bests li"))).hasSize(PersonalBests.Kind.values().length);

            // on this day: the album first heard three years ago today, opening the listens of that day
            Anniversaries.Anniversary toy = expected.onThisDay().stream().filter(a -> "Toy".equals(a.album()))
                    .findFirst().orElseThrow();
            assertThat(toy.years()).isEqualTo(3);
            WebElement first = driver.findElement(By.id(new DashboardView.FirstRow(toy, "").id()));
            assertThat(first.getText()).isEqualTo(toy.sentence("David Bowie"))
                    .startsWith("3 years ago today: your first listen of Toy, ");
            assertThat(driver.findElements(By.cssSelector("#on-this-day button[id^='first-']")))
                    .hasSize(expected.onThisDay().size());
            first.click();
            WebElement day = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            int songsThatDay = jvm.songsPerDay(toy.day(), 1)[0];
            assertThat(day.findElement(By.id("drilldown-summary")).getText())
                    .startsWith(songsThatDay + (songsThatDay == 1 ? " listen" : " listens") + " of David Bowie");
            driver.findElement(By.id("drilldown-close")).click();

            PersonalBests.Best hour = expected.bests().get(PersonalBests.Kind.SONGS_IN_AN_HOUR.ordinal());
            WebElement button = driver.findElement(By.id("best-songs-in-an-hour-listens"));
            assertThat(button.getAttribute("aria-label")).isEqualTo("Most songs in an hour: " + hour.amount() + ", "
                    + hour.when() + " — show listens");
            button.click();
            WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElement(By.id("drilldown-title")).getText())
                    .isEqualTo("Most songs in an hour: " + hour.amount() + ", " + hour.when());
            assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                    .startsWith(hour.value() + " listens of David Bowie");
            assertThat(driver.findElements(By.cssSelector("#drilldown .listen"))).hasSize(hour.value());
            driver.findElement(By.id("drilldown-close")).click();

            chromium.screenshotOf(".training", "training-1280x800.png");
            chromium.emulateViewport(360, 800, true);
            assertThat(chromium.scrollsSideways()).isFalse();
            chromium.screenshotOf(".training", "training-360x800.png");
        }
    }
}
