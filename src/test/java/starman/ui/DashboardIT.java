package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.coach.Coach;
import starman.javatime.JavaTime;
import starman.metrics.Dashboard;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.Period;
import starman.metrics.charts.SprintGauge;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The dashboard in headless Chromium against the simulator: its numbers are the JVM engine's, the
 * now-playing card shows the track, its album's completion this session and the cover (the placeholder
 * when the Cover Art Archive cannot be reached), the focus status follows an album switch, and a new listen
 * only changes text in place.
 */
class DashboardIT {
    private static final String[] PERIODS = {"pace", "today", "week", "month", "all-time"};

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theWorkoutAndTheGaugeShowTheEnginesNumbersOnAPhoneAndADesktop() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 11).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            MetadataCache known = SyncScreenIT.catalogueMetadata();
            ListenIndex jvm = new ListenIndex(new Normalizer(known), ArtistFilter.DAVID_BOWIE,
                    JavaTime.periods(AppPage.browserZone(driver), localeWeekStart(driver)), known);
            jvm.addAll(simulator.listens("demo"));
            // the minutes settle once the metadata lane has looked up the lengths; each look compares with now
            new WebDriverWait(driver, Duration.ofSeconds(90))
                    .withMessage(() -> shownRows(driver) + " shown, the engine's " + expectedRows(jvm))
                    .until(d -> shownRows(d).equals(expectedRows(jvm)));
            Dashboard now = jvm.dashboard(System.currentTimeMillis() / 1000);
            assertThat(shownRows(driver).get(4)).containsExactly(Format.count(now.allTime().songs()),
                    Format.count(now.allTime().albums()), DashboardView.WorkoutRow.of(Period.ALL_TIME, "", now.allTime(),
                            true).minutes());
            assertThat(text(driver, "#sprint strong")).isEqualTo(Format.decimal(now.sprintPerHour()));
            assertThat(js(driver).executeScript("return document.querySelector('#sprint-gauge svg')"
                    + ".getAttribute('aria-label');")).isEqualTo(SprintGauge.label(now.sprintPerHour()));
            assertThat(text(driver, "#sprint-zone")).isEqualTo(SprintGauge.Zone.of(now.sprintPerHour()).title());
            assertThat(js(driver).executeScript("return Array.from(document.querySelectorAll('.zones li'),"
                    + " e => e.textContent);")).isEqualTo(List.of(SprintGauge.Zone.REST.range(),
                    SprintGauge.Zone.WARM_UP.range(), SprintGauge.Zone.CARDIO.range(), SprintGauge.Zone.PEAK.range()));
            // desktop: the periods are cards side by side, still one table row each
            List<WebElement> rows = driver.findElements(By.cssSelector("#workout tbody tr"));
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1).getLocation().getY()).isEqualTo(rows.get(0).getLocation().getY());
            screenshot(chromium, "workout-1280x800.png");

            chromium.emulateViewport(360, 800, true);
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(AppPage.DONE));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> shownRows(d).equals(expectedRows(jvm)));
            assertThat(horizontalOverflow(driver)).isZero();
            assertThat((Boolean) js(driver).executeScript("const card = document.querySelector('.workout')"
                    + ".getBoundingClientRect(); const table = document.getElementById('workout')"
                    + ".getBoundingClientRect(); return table.left >= card.left && table.right <= card.right;"))
                    .as("the table fits in its card").isTrue();
            rows = driver.findElements(By.cssSelector("#workout tbody tr"));
            assertThat(rows.get(1).getLocation().getY()).isGreaterThan(rows.get(0).getLocation().getY()); // a table
            screenshot(chromium, "workout-360x800.png");
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            screenshot(chromium, "workout-dark-360x800.png");
        }
    }

    @Test
    void nowPlayingFocusAndANewListenThatChangesOnlyText() throws Exception {
        Catalogue.Album hunky = album("Hunky Dory");
        Catalogue.Album ziggy = album("The Rise and Fall of Ziggy Stardust and the Spiders from Mars");
        long now = System.currentTimeMillis() / 1000;
        List<Listen> history = new ArrayList<>();
        for (int day = 3; day >= 1; day--) { // earlier days, so every period has songs
            for (int i = 0; i < 4; i++) {
                history.add(listen(now - day * 86_400L + i * 300, ziggy, i));
            }
        }
        history.add(listen(now - 700, hunky, 0));
        history.add(listen(now - 450, hunky, 1));
        simulator = ListenBrainzSimulator.builder().user("focus", history).site(Site.directory(), "/starman/").start();
        simulator.setPlayingNow("focus", listen(now, hunky, 2).track());
        String hostile = "<img src=x onerror=\"window.__pwned=1\">Moonage Daydream";
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.devTools("Network.enable", Map.of());
            chromium.devTools("Network.setBlockedURLs", Map.of("urls", List.of("*coverartarchive.org*", "*.archive.org*")));
            chromium.emulateViewport(360, 800, true);
            WebDriver driver = AppPage.connect(chromium, simulator, "focus");
            JavascriptExecutor js = js(driver);
            int hunkyTracks = hunky.tracks().size();

            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text(d, "#now-title").equals("Now playing"));
            assertThat(text(driver, "#now-playing .track")).isEqualTo(hunky.tracks().get(2).name());
            assertThat(text(driver, "#now-playing .artist")).isEqualTo("David Bowie");
            assertThat(text(driver, "#now-playing .album")).isEqualTo(hunky.canonical().name());
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text(d, "#album-completion")
                    .equals(hunky.name() + ": 2/" + hunkyTracks + " tracks this session"));
            assertThat(js.executeScript("return document.getElementById('album-progress').value;")).isEqualTo(2L);
            assertThat(text(driver, "#focus")).isEqualTo("Focused on " + hunky.name() + " (2/" + hunkyTracks + " tracks).");

            // the cover is asked for where ListenBrainz's mapping says, fails here, and the placeholder stays
            By failed = By.cssSelector("#cover img[data-failed='true']");
            WebElement img = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(failed));
            assertThat(img.getAttribute("src")).isEqualTo("https://coverartarchive.org/release/"
                    + hunky.canonical().mbid() + "/" + hunky.canonical().caaId() + "-250.jpg");
            assertThat(img.isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("#cover .cover-placeholder")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("cover")).getSize()).isEqualTo(new Dimension(96, 96));
            screenshot(chromium, "now-playing-360x800.png", ".now");

            // a track of another album ends: watch the table while the listen comes in
            js.executeScript("window.__mutations = [];"
                    + "const table = document.getElementById('workout');"
                    + "table.querySelectorAll('*').forEach(e => e.__seen = true);"
                    + "new MutationObserver(list => list.forEach(m => window.__mutations.push("
                    + "m.type === 'attributes' ? 'attributes:' + m.attributeName : m.type)))"
                    + ".observe(table, {subtree: true, childList: true, characterData: true, attributes: true});");
            String todayBefore = text(driver, "#today .songs");
            simulator.addListen("focus", listen(now - 5, ziggy, 4));
            simulator.setPlayingNow("focus", new TrackMetadata("David Bowie", hostile, hostile, null, null));
            String switched = "Switched from " + hunky.name() + " at 2/" + hunkyTracks + " — below the "
                    + Math.round(Coach.DEFAULT_FOCUS_THRESHOLD * 100) + " % focus line; now on " + ziggy.name() + ".";
            new WebDriverWait(driver, Duration.ofSeconds(75)).until(d -> text(d, "#focus").equals(switched)
                    && text(d, "#now-playing .track").equals(hostile));
            assertThat(text(driver, "#today .songs")).isEqualTo(Format.count(Integer.parseInt(todayBefore) + 1));
            assertThat(driver.findElement(By.id("focus")).getAttribute("data-broken")).isEqualTo("true");

            // only text changed (and the buttons' spoken names, which carry the numbers): every element of the
            // table is the one marked before, none added or replaced
            @SuppressWarnings("unchecked")
            List<String> mutations = (List<String>) js.executeScript("return window.__mutations;");
            assertThat(mutations).contains("characterData").doesNotContain("childList")
                    .allMatch(m -> m.equals("characterData") || m.equals("attributes:aria-label"));
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('#workout *'))"
                    + ".every(e => e.__seen === true);")).isEqualTo(true);

            // names are text: the hostile track and album are written out, never parsed
            assertThat(text(driver, "#now-playing .album")).isEqualTo(hostile);
            assertThat(js.executeScript("return document.querySelectorAll('#now-playing img').length;")).isEqualTo(0L);
            assertThat(js.executeScript("return window.__pwned === undefined;")).isEqualTo(true);
            // the coach said it too, newest first, with a time
            String coachFirst = text(driver, "#coach li:first-child");
            assertThat(coachFirst).contains("Focus break: you left " + hunky.name() + " after 2 of " + hunkyTracks);
            assertThat(text(driver, "#coach li:first-child .when")).isNotBlank();
            long said = Instant.parse(driver.findElement(By.cssSelector("#coach li:first-child .when"))
                    .getAttribute("datetime")).getEpochSecond();
            assertThat(said).isBetween(now, System.currentTimeMillis() / 1000);
            assertThat(horizontalOverflow(driver)).isZero();
            screenshot(chromium, "focus-break-360x800.png", ".now");
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            screenshot(chromium, "focus-break-dark-360x800.png", ".now");
            chromium.emulateViewport(1280, 800, false);
            screenshot(chromium, "focus-break-1280x800.png", ".now");

            // the feed is kept in IndexedDB: after a reload the coach's lines are still there
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("#coach li")).isEmpty());
            assertThat(text(driver, "#coach li:first-child")).isEqualTo(coachFirst);
        }
    }

    private static Catalogue.Album album(String name) {
        return Catalogue.standard().albums().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** A listen of an album's track on its canonical release, mapped as ListenBrainz maps it, with a cover. */
    private static Listen listen(long listenedAt, Catalogue.Album album, int track) {
        Catalogue.Recording r = album.tracks().get(track);
        Catalogue.Release release = album.canonical();
        MbidMapping mapping = new MbidMapping(r.mbid(), r.name(), release.mbid(), album.releaseGroupMbid(),
                List.of(Catalogue.BOWIE_MBID), List.of(new MbidMapping.MappedArtist(Catalogue.BOWIE_MBID,
                "David Bowie", "")), release.caaId(), release.mbid());
        AdditionalInfo info = new AdditionalInfo(r.lengthMs(), null, null, null, null, List.of(), null, null, Map.of());
        return new Listen(listenedAt, listenedAt, "dash-" + listenedAt, "focus",
                new TrackMetadata("David Bowie", r.name(), release.name(), info, mapping));
    }

    private static List<List<String>> expectedRows(ListenIndex jvm) {
        Dashboard d = jvm.dashboard(System.currentTimeMillis() / 1000);
        List<DashboardView.WorkoutRow> rows = List.of(DashboardView.WorkoutRow.of(Period.PACE, "", d.pace(), false),
                DashboardView.WorkoutRow.of(Period.TODAY, "", d.today(), true),
                DashboardView.WorkoutRow.of(Period.WEEK, "", d.week(), true),
                DashboardView.WorkoutRow.of(Period.MONTH, "", d.month(), true),
                DashboardView.WorkoutRow.of(Period.ALL_TIME, "", d.allTime(), true));
        return rows.stream().map(r -> List.of(r.songs(), r.albums(), r.minutes())).toList();
    }

    /** Each period's songs, albums and minutes as the page writes them (text content, without styling). */
    private static List<List<String>> shownRows(WebDriver driver) {
        List<List<String>> rows = new ArrayList<>();
        for (String period : PERIODS) {
            rows.add(List.of(text(driver, "#" + period + " .songs"), text(driver, "#" + period + " .albums"),
                    text(driver, "#" + period + " .minutes")));
        }
        return rows;
    }

    private static String text(WebDriver driver, String selector) {
        Object text = js(driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e === null ? '' : e.textContent.trim();",
                selector);
        return (String) text;
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    /** The week start the first run saves: the browser locale's (Sunday for en-US), as Page reads it. */
    static DayOfWeek localeWeekStart(WebDriver driver) {
        Number day = (Number) js(driver).executeScript("try { var l = new Intl.Locale(navigator.language);"
                + " var w = l.getWeekInfo ? l.getWeekInfo() : l.weekInfo; return w && w.firstDay ? w.firstDay : 1; }"
                + " catch (e) { return 1; }");
        return DayOfWeek.of(day.intValue());
    }

    private static long horizontalOverflow(WebDriver driver) {
        return (Long) js(driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static void screenshot(Chromium chromium, String name) throws Exception {
        screenshot(chromium, name, ".workout");
    }

    private static void screenshot(Chromium chromium, String name, String top) throws Exception {
        js(chromium.driver()).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
                top);
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
