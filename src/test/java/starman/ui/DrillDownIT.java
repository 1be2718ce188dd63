package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import starman.metrics.ListenDrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.Period;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The numbers of the workout table open the listens behind them in headless Chromium: the same listens, in the
 * same order and with the same explanations as the JVM gives by decoding every one of the simulator's listens
 * ({@link ListenDrillDown}); by keyboard too, a page at a time; names from ListenBrainz stay text.
 */
class DrillDownIT {
    private static final By DRILL = By.id("drilldown");
    private static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();
    /** Enough for three pages of all time. */
    private static final int OLD_LISTENS = 240;

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aNumberOpensExactlyItsListensWithHowEachWasCounted() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        List<Listen> history = history(now);
        simulator = ListenBrainzSimulator.builder().user("drill", history).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "drill");
            ListenIndex jvm = AppPage.jvmIndex(driver, simulator.listens("drill"));
            ListenDrillDown expected = ListenDrillDown.of(jvm, Period.PACE, now, simulator.listens("drill"));
            assertThat(expected.listens()).hasSize(5);

            WebElement number = driver.findElement(By.id("pace-songs"));
            assertThat(number.getText()).isEqualTo("5");
            assertThat(number.getAttribute("aria-label")).isEqualTo("5 songs in the last 60 minutes — show listens");
            number.click();
            WebElement drill = waitFor(driver, DRILL);
            assertThat(drill.findElement(By.id("drilldown-title")).getText()).isEqualTo("5 songs in the last 60 minutes");
            assertThat(texts(driver, "#drilldown .listen .track"))
                    .isEqualTo(expected.listens().stream().map(l -> l.track().trackName()).toList());
            // every explanation is the JVM's, line for line (the details are closed, so read textContent)
            List<List<String>> shownHow = howLines(driver);
            for (int i = 0; i < expected.listens().size(); i++) {
                assertThat(shownHow.get(i)).isEqualTo(expected.explain(expected.listens().get(i)).lines());
            }
            WebElement remaster = driver.findElements(By.cssSelector("#drilldown .listen")).stream()
                    .filter(li -> li.findElement(By.className("track")).getText().equals("Heroes (2017 Remaster)"))
                    .findFirst().orElseThrow();
            remaster.findElement(By.tagName("summary")).click();
            assertThat(remaster.findElement(By.cssSelector(".how ul")).getText())
                    .contains("Title rule: '(2017 Remaster)' stripped.");
            screenshot(chromium, "drilldown-1280x800.png");

            // the albums of this week: grouped as the JVM groups them
            driver.findElement(By.id("drilldown-close")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(DRILL, 0));
            ListenDrillDown albums = ListenDrillDown.of(jvm, Period.ALL_TIME, now, simulator.listens("drill"));
            driver.findElement(By.id("all-time-albums")).click();
            waitFor(driver, DRILL);
            assertThat(texts(driver, "#drilldown .drill-album"))
                    .isEqualTo(albums.albums().stream().map(ListenDrillDown.Album::name).toList());
            assertThat(driver.findElement(By.id("all-time-albums")).getText())
                    .isEqualTo(Format.count(albums.albums().size()));
            assertThat(driver.findElements(By.cssSelector("#drilldown details[open]"))).as("fresh, all closed").isEmpty();
            List<WebElement> groups = driver.findElements(By.cssSelector("#drilldown .drill-group"));
            for (int i = 0; i < groups.size(); i++) {
                assertThat(groups.get(i).findElements(By.cssSelector(".listen .track")).stream().map(WebElement::getText))
                        .containsExactlyElementsOf(albums.albums().get(i).listens().stream().limit(DrillDownView.ALBUM_LISTENS)
                                .map(l -> l.track().trackName()).toList());
            }

            chromium.emulateViewport(360, 800, true);
            assertThat(horizontalOverflow(driver)).isZero();
            screenshot(chromium, "drilldown-albums-360x800.png");
        }
    }

    @Test
    void theKeyboardOpensAndClosesTheListensAndTheFocusComesBack() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        simulator = ListenBrainzSimulator.builder().user("keys", history(now)).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "keys");
            ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
            for (int i = 0; i < 20 && !"pace-songs".equals(activeId(driver)); i++) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertThat(activeId(driver)).isEqualTo("pace-songs");
            chromium.emulateViewport(360, 800, true);
            screenshot(chromium, "workout", "drilldown-focused-number-360x800.png");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor(driver, DRILL);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "drilldown-title".equals(activeId(d)));
            screenshot(chromium, "drilldown-360x800.png");
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(activeId(driver)).isEqualTo("drilldown-close");
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(DRILL, 0));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "pace-songs".equals(activeId(d)));

            // all time comes a page at a time
            int all = 5 + OLD_LISTENS;
            driver.findElement(By.id("all-time-songs")).click();
            waitFor(driver, DRILL);
            for (int shown = DrillDownView.PAGE; shown < all; shown += DrillDownView.PAGE) {
                assertThat(driver.findElements(By.cssSelector("#drilldown .listen"))).hasSize(shown);
                WebElement more = driver.findElement(By.id("drilldown-more"));
                assertThat(more.getText()).isEqualTo("Show " + Math.min(DrillDownView.PAGE, all - shown) + " more ("
                        + shown + " of " + all + " shown)");
                more.click();
                int next = Math.min(all, shown + DrillDownView.PAGE);
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                        d.findElements(By.cssSelector("#drilldown .listen")).size() == next);
            }
            assertThat(driver.findElements(By.id("drilldown-more"))).isEmpty();
            // each page went on from the last: all time's listens in order, as decoding every listen gives them
            List<Listen> listens = simulator.listens("keys");
            assertThat(texts(driver, "#drilldown .listen .track")).isEqualTo(ListenDrillDown.of(
                    AppPage.jvmIndex(driver, listens), Period.ALL_TIME, now, listens).listens().stream()
                    .map(l -> l.track().trackName()).toList());
        }
    }

    @Test
    void aDayOrAnAlbumOfThePicturesOpensItsListens() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        simulator = ListenBrainzSimulator.builder().user("pics", history(now)).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "pics");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<Listen> listens = simulator.listens("pics");
            ListenIndex jvm = AppPage.jvmIndex(driver, listens);

            // the newest bar, by keyboard: Enter opens its day, Escape gives the focus back to the bar
            WebElement bar = driver.findElement(By.cssSelector("#picture-month rect[data-target]:last-of-type"));
            String target = bar.getAttribute("data-target");
            assertThat(target).startsWith("day:");
            ListenDrillDown day = ListenDrillDown.ofDay(jvm, Integer.parseInt(target.substring(4)), listens);
            js.executeScript("arguments[0].focus();", bar);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor(driver, DRILL);
            assertThat(driver.findElement(By.id("drilldown-title")).getText()).isEqualTo(bar.getAttribute("aria-label"));
            assertThat(texts(driver, "#drilldown .listen .track"))
                    .isEqualTo(day.listens().stream().map(l -> l.track().trackName()).toList()).isNotEmpty();
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(DRILL, 0));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> bar.getAttribute("id").equals(activeId(d)));

            // the top album, by pointer
            WebElement ring = driver.findElement(By.cssSelector("#picture-albums [data-target]"));
            ListenDrillDown album = ListenDrillDown.ofAlbum(jvm, ring.getAttribute("data-target").substring("album:".length()), listens);
            ring.click();
            waitFor(driver, DRILL);
            assertThat(driver.findElement(By.id("drilldown-title")).getText()).startsWith(album.albums().get(0).name() + ": ");
            assertThat(texts(driver, "#drilldown .listen .track"))
                    .isEqualTo(album.listens().stream().map(l -> l.track().trackName()).toList());
            screenshot(chromium, "drilldown-album-1280x800.png");
        }
    }

    @Test
    void hostileNamesInTheListensAreTextAndTheLayoutHolds() throws Exception {
        List<String> names = List.of("<img src=x onerror=\"window.__pwned=1\">", "javascript:window.__pwned=1",
                "\u202Eevil RTL override name", "<script>window.__pwned=1</script>" + "L".repeat(5000));
        long now = System.currentTimeMillis() / 1000;
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            listens.add(new Listen(now - 600L * (i + 1), 0, "h-" + i, "hostile",
                    new TrackMetadata("David Bowie & " + names.get(i), names.get(i) + " (2020 Remaster)", names.get(i),
                            null, null)));
        }
        simulator = ListenBrainzSimulator.builder().user("hostile", listens).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(360, 800, true);
            WebDriver driver = AppPage.connect(chromium, simulator, "hostile");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.findElement(By.id("all-time-albums")).click();
            waitFor(driver, DRILL);
            js.executeScript("document.querySelectorAll('#drilldown details').forEach(d => d.open = true);");

            assertThat(texts(driver, "#drilldown .drill-album")).containsExactlyInAnyOrderElementsOf(names);
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('#drilldown .listen .track'),"
                    + " t => t.textContent);")).asList().containsExactlyElementsOf(
                    names.stream().map(n -> n + " (2020 Remaster)").toList());
            assertThat(js.executeScript("return document.querySelectorAll('#drilldown img, #drilldown script,"
                    + " #drilldown a').length;")).isEqualTo(0L);
            assertThat(js.executeScript("return window.__pwned === undefined;")).isEqualTo(true);
            assertThat(horizontalOverflow(driver)).isZero();
            screenshot(chromium, "drilldown-hostile-360x800.png");
        }
    }

    /**
     * Five Bowie listens in the last 40 minutes (one remastered, one mapped, one a duet) and one by someone
     * else; {@value #OLD_LISTENS} older listens at least three hours back, so the pace row's edge is far from every listen.
     */
    private static List<Listen> history(long now) {
        List<Listen> listens = new ArrayList<>();
        listens.add(listen(now - 300, "p1", "David Bowie", "Heroes (2017 Remaster)", "\"Heroes\"", 371_000L, null));
        listens.add(listen(now - 700, "p2", "David Bowie", "Sound and Vision", "Low", null, null));
        listens.add(listen(now - 1100, "p3", "Queen & David Bowie", "Under Pressure", "Hot Space", 248_000L, null));
        listens.add(listen(now - 1500, "p4", "Iggy Pop", "China Girl", "The Idiot", 300_000L, null));
        listens.add(listen(now - 1900, "p5", "David Bowie", "Starman - 2012 Remaster", "Ziggy Stardust", 254_000L,
                new MbidMapping("rec-starman", "Starman", "rel-ziggy", "rg-ziggy", List.of(BOWIE), List.of(), null, null)));
        listens.add(listen(now - 2400, "p6", "DAVID BOWIE", "Warszawa", "Low [Remastered]", 380_000L, null));
        String[] albums = {"Low", "\"Heroes\"", "Station to Station", "Hunky Dory"};
        for (int i = 0; i < OLD_LISTENS; i++) {
            listens.add(listen(now - 3 * 3600 - i * 7200L, "old-" + i, "David Bowie", "Track " + i % 7,
                    albums[i % albums.length], 200_000L + i * 1000, null));
        }
        return listens;
    }

    private static Listen listen(long t, String msid, String artist, String title, String release, Long ms,
                                 MbidMapping mapping) {
        AdditionalInfo info = new AdditionalInfo(ms, null, null, null, null, List.of(), null, null, Map.of());
        return new Listen(t, 0, msid, "u", new TrackMetadata(artist, title, release, info, mapping));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> howLines(WebDriver driver) {
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#drilldown .listen'),"
                        + " li => Array.from(li.querySelectorAll('.how li'), x => x.textContent));");
    }

    private static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private static String activeId(WebDriver driver) {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static long horizontalOverflow(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** A screenshot of the drill-down's part of the page, under target/screenshots/. */
    private static void screenshot(Chromium chromium, String name) throws Exception {
        screenshot(chromium, "drilldown", name);
    }

    private static void screenshot(Chromium chromium, String elementId, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", elementId);
        Path dir = Paths.get(System.getProperty("starman.target", "target"), "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
