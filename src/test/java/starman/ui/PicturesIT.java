package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.metrics.ListenIndex;
import starman.metrics.ListeningClock;
import starman.metrics.TrackLists;
import starman.metrics.charts.TopAlbums;
import starman.metrics.charts.WeekClock;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The dashboard's pictures in headless Chromium: the compiled engine's day cells, bars and top albums agree
 * with the same engine on the JVM over the same history; names from ListenBrainz stay text.
 */
class PicturesIT {
    private static final Pattern DAY_LABEL = Pattern.compile("(\\d+) songs?, \\w+ (\\d+ \\w+ \\d{4})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void thePicturesShowTheEnginesCountsAndFollowNewListensInPlace() throws Exception {
        TrackMetadata heroes = new TrackMetadata("David Bowie", "Heroes", "\"Heroes\"", null, null);
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        simulator.setPlayingNow("demo", heroes);
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            ListenIndex jvm = AppPage.jvmIndex(driver, simulator.listens("demo"));
            int today = jvm.periods().epochDay(System.currentTimeMillis() / 1000);

            Map<LocalDate, Integer> cells = dayLabels(driver, "#picture-year");
            assertThat(cells).hasSize(365);
            assertThat(cells.keySet().iterator().next()).isEqualTo(LocalDate.ofEpochDay(today - 364));
            int[] expected = jvm.songsPerDay(today - 364, 365);
            assertThat(cells.values().stream().mapToInt(Integer::intValue).toArray()).isEqualTo(expected);
            assertThat(cells.values()).filteredOn(n -> n > 0).hasSizeGreaterThan(30); // not a blank year

            int monthSongs = dayLabels(driver, "#picture-month").values().stream().mapToInt(Integer::intValue).sum();
            assertThat(monthSongs).isPositive()
                    .isEqualTo(jvm.songsIn(jvm.periods().startOfDay(today - 29), Long.MAX_VALUE));

            List<String> albumLabels = labels(driver, "#picture-albums [role=img]");
            List<TopAlbums.Album> top = TopAlbums.of(jvm, TrackLists.NONE, TopAlbums.SHOWN);
            assertThat(albumLabels).hasSize(top.size());
            for (int i = 0; i < top.size(); i++) {
                assertThat(albumLabels.get(i)).startsWith(top.get(i).name() + ": " + top.get(i).songs() + " songs");
            }
            // the listening clock: every hour of the week as the engine counts it; the busiest opens its listens
            int[] perHour = new ListeningClock(jvm).songs();
            List<String> hours = new ArrayList<>();
            int busiest = 0;
            for (int cell = 0; cell < ListeningClock.CELLS; cell++) {
                hours.add(WeekClock.label(cell, perHour[cell]));
                busiest = perHour[cell] > perHour[busiest] ? cell : busiest;
            }
            assertThat(labels(driver, "#picture-clock rect[role=img]")).containsExactlyInAnyOrderElementsOf(hours);
            String busiestLabel = WeekClock.label(busiest, perHour[busiest]);
            ((JavascriptExecutor) driver).executeScript("Array.from(document.querySelectorAll('#picture-clock"
                    + " rect[role=img]')).find(e => e.getAttribute('aria-label') === arguments[0])"
                    + ".dispatchEvent(new MouseEvent('click', {bubbles: true}));", busiestLabel);
            WebElement drill = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                    .startsWith(Format.count(perHour[busiest]) + " listens of David Bowie");
            driver.findElement(By.id("drilldown-close")).click();
            screenshot(chromium, "pictures-1280x800.png");
            narrow(chromium);
            driver.navigate().refresh(); // drawn afresh at phone width, the year scrolled to its newest weeks
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(AppPage.DONE));
            assertThat(horizontalOverflow(driver)).isZero();
            screenshot(chromium, "pictures-360x800.png");
            chromium.screenshotOf("#clock-caption", "pictures-clock-360x800.png");
            chromium.chrome().executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            screenshot(chromium, "pictures-dark-360x800.png");

            // the keyboard: from the calendar, the first left arrow goes to today, the next a week back
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("document.getElementById('picture-year').focus();");
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
            assertThat(driver.findElement(By.cssSelector("#picture-year .readout")).getText())
                    .isEqualTo(labels(driver, "#picture-year rect[role=img]").get(364 - 7))
                    .endsWith(LocalDate.ofEpochDay(today - 7).format(DATE));
            screenshot(chromium, "pictures-keyboard-360x800.png");

            // a new listen today: today's cell is patched, not drawn again
            String todayCell = "const all = document.querySelectorAll('#picture-year rect[role=img]');"
                    + " const cell = all[all.length - 1];";
            js.executeScript(todayCell + " cell.__seen = true;");
            int before = cells.get(LocalDate.ofEpochDay(today));
            simulator.addListen("demo", new Listen(System.currentTimeMillis() / 1000 - 5, 0, "heroes-now", "demo", heroes));
            simulator.setPlayingNow("demo", new TrackMetadata("David Bowie", "Sound and Vision", "Low", null, null));
            String label = before + 1 == 1 ? "1 song, " : before + 1 + " songs, ";
            new WebDriverWait(driver, Duration.ofSeconds(75)).until(d ->
                    ((String) js.executeScript(todayCell + " return cell.getAttribute('aria-label');")).startsWith(label));
            assertThat(js.executeScript(todayCell + " return cell.__seen === true;")).isEqualTo(true);
        }
    }

    @Test
    void hostileAlbumNamesAreShownAsTextAndTheLayoutHolds() throws Exception {
        List<String> names = List.of("<img src=x onerror=\"window.__pwned=1\">", "javascript:window.__pwned=1",
                "\u202Eevil RTL override name", "<script>window.__pwned=1</script>" + "L".repeat(5000));
        List<Listen> listens = new ArrayList<>();
        long now = System.currentTimeMillis() / 1000;
        for (int album = 0; album < names.size(); album++) {
            for (int i = 0; i < 5 - album; i++) { // 5, 4, 3, 2 songs: a fixed order
                listens.add(new Listen(now - 3600L * (album * 6 + i + 1), 0, "m-" + album + "-" + i, "hostile",
                        new TrackMetadata("David Bowie", names.get(album) + " track " + i, names.get(album), null, null)));
            }
        }
        simulator = ListenBrainzSimulator.builder().user("hostile", listens).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            narrow(chromium);
            WebDriver driver = AppPage.connect(chromium, simulator, "hostile");
            JavascriptExecutor js = (JavascriptExecutor) driver;

            List<String> labels = labels(driver, "#picture-albums [role=img]");
            assertThat(labels).hasSize(names.size());
            for (int i = 0; i < names.size(); i++) {
                assertThat(labels.get(i)).startsWith(names.get(i) + ": " + (5 - i) + " songs");
            }
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('#picture-albums text.album'),"
                    + " t => t.textContent);")).isEqualTo(names.stream().map(TopAlbums::cut).toList());
            assertThat(js.executeScript("return document.querySelectorAll('.pictures img, .pictures script,"
                    + " .pictures foreignObject').length;")).isEqualTo(0L);
            assertThat(js.executeScript("return window.__pwned === undefined;")).isEqualTo(true);
            assertThat(horizontalOverflow(driver)).isZero();
            screenshot(chromium, "pictures-hostile-360x800.png");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(WebDriver driver, String selector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.getAttribute('aria-label'));",
                selector);
    }

    /** The labelled day shapes of a picture: date to songs, in drawing order. */
    private static Map<LocalDate, Integer> dayLabels(WebDriver driver, String picture) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        for (String label : labels(driver, picture + " rect[role=img]")) {
            Matcher m = DAY_LABEL.matcher(label);
            assertThat(m.matches()).as(label).isTrue();
            days.put(LocalDate.parse(m.group(2), DATE), Integer.parseInt(m.group(1)));
        }
        return days;
    }

    /** A phone-sized viewport: headless windows cannot be narrower than about 500 px. */
    private static void narrow(Chromium chromium) {
        chromium.chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    private static long horizontalOverflow(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static void screenshot(Chromium chromium, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.querySelector('.pictures').scrollIntoView({block: 'start'});");
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
