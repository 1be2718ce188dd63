package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.atlas.Atlas;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.metrics.ListenIndex;
import starman.metrics.TrackLists;
import starman.metrics.charts.Days;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Goals in headless Chromium against the simulator: a bad input gets its sentence and saves nothing; a goal set in
 * the page shows the progress the JVM engine computes over the same history, opens its listens, and is still there
 * after a reload; the card passes axe and fits a phone.
 */
class GoalsIT {
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aGoalSetInThePageShowsTheEnginesProgressAndSurvivesAReload() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(20_000, 7).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-form")));
            assertThat(driver.findElement(By.id("goals-none")).getText())
                    .isEqualTo("No goal yet: set one below, such as 60 minutes of David Bowie a day.");

            add(driver, "SONGS", "ten", "MONTH");
            assertThat(problem(driver)).isEqualTo("The target is a whole number such as 60; 'ten' is not one.");
            add(driver, "SONGS", "0", "MONTH");
            assertThat(problem(driver))
                    .isEqualTo("A goal needs a target above zero; 0 songs would be met before you start.");
            new Select(driver.findElement(By.id("goal-kind"))).selectByValue("ALBUM_TRACKS");
            WebElement album = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-album")));
            album.sendKeys("No Such Album");
            driver.findElement(By.id("goal-add")).click();
            wait.until(d -> problem(d).startsWith("Starman has not heard an album called 'No Such Album'"));
            assertThat(problem(driver)).isEqualTo("Starman has not heard an album called 'No Such Album' by David"
                    + " Bowie; choose one of the albums it suggests as you type.");
            assertThat(driver.findElements(By.cssSelector("#goal-list li"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#goal-albums option"))).isNotEmpty();

            add(driver, "SONGS", "1000", "MONTH");
            WebElement goal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-1")));
            assertThat(driver.findElements(By.id("goal-problem"))).isEmpty();
            Goal set = new Goal(1, Goal.Kind.SONGS, 1000, Goal.Span.MONTH, null, null, 0);
            assertThat(goal.findElement(By.className("goal-title")).getText()).isEqualTo("1000 songs of David Bowie a month");
            GoalProgress expected = expected(driver, set);
            assertThat(goal.findElement(By.className("goal-figure")).getText()).isEqualTo(expected.figure());
            assertThat(goal.findElement(By.className("goal-status")).getText()).isEqualTo(expected.status().title);
            assertThat(goal.findElement(By.tagName("progress")).getAttribute("value"))
                    .isEqualTo(Integer.toString((int) Math.floor(100 * expected.done() / 1000)));
            assertThat(goal.findElement(By.className("goal-pace")).getText()).endsWith("until the month ends.");

            goal.findElement(By.className("goal-figure")).click();
            WebElement drill = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            assertThat(drill.findElement(By.id("drilldown-title")).getText())
                    .isEqualTo("1000 songs of David Bowie a month: " + expected.figure() + " this month");
            assertThat(drill.findElement(By.id("drilldown-summary")).getText())
                    .startsWith((long) expected.done() + (expected.done() == 1 ? " listen" : " listens") + " of David Bowie");
            driver.findElement(By.id("drilldown-close")).click();

            // an album's goal opens that album's listens of the period, not every listen of it
            new Select(driver.findElement(By.id("goal-kind"))).selectByValue("ALBUM_TRACKS");
            WebElement albumField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-album")));
            String albumName = driver.findElement(By.cssSelector("#goal-albums option")).getAttribute("value");
            albumField.clear();
            albumField.sendKeys(albumName);
            new Select(driver.findElement(By.id("goal-span"))).selectByValue("MONTH");
            driver.findElement(By.id("goal-add")).click();
            WebElement albumGoal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-2")));
            albumGoal.findElement(By.className("goal-figure")).click();
            WebElement albumDrill = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
            wait.until(d -> !d.findElements(By.cssSelector("#drilldown .listen")).isEmpty()
                    || d.findElement(By.id("drilldown-summary")).getText().startsWith("0 "));
            // its listens name the album, or a remaster or edition of it ("Low (2017 Remaster)")
            assertThat(albumDrill.findElements(By.cssSelector("#drilldown .listen .release")))
                    .allSatisfy(release -> assertThat(release.getText()).startsWith(albumName.split(" \\(")[0]));
            long albumListens = Long.parseLong(albumDrill.findElement(By.id("drilldown-summary")).getText()
                    .split(" ")[0].replace(",", ""));
            assertThat(albumListens).isLessThan((long) expected.done());
            driver.findElement(By.id("drilldown-close")).click();
            albumGoal.findElement(By.className("goal-remove")).click();
            wait.until(d -> d.findElements(By.id("goal-2")).isEmpty());

            int today = (int) LocalDate.now(AppPage.browserZone(driver)).toEpochDay();
            Goal byDate = frontToBack(driver, wait, today);

            screenshot(chromium, "goals-1280x800.png");
            assertThat(Axe.violations(driver)).as("goals at 1280").isEmpty();

            driver.navigate().refresh();
            WebElement kept = new WebDriverWait(driver, Duration.ofSeconds(90))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-1")));
            assertThat(kept.findElement(By.className("goal-figure")).getText()).isEqualTo(expected(driver, set).figure());
            assertThat(driver.findElements(By.cssSelector("#goal-list > li"))).hasSize(2);
            assertThat(kept(wait, "goal-2").findElement(By.className("goal-figure")).getText())
                    .isEqualTo(expected(driver, byDate).figure());

            JavascriptExecutor js = (JavascriptExecutor) driver;
            chromium.chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            assertThat((Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isZero();
            screenshot(chromium, "goals-360x800.png");
            assertThat(Axe.violations(driver)).as("goals at 360").isEmpty();

            kept.findElement(By.className("goal-remove")).click();
            driver.findElement(By.cssSelector("#goal-2 .goal-remove")).click();
            wait.until(d -> d.findElements(By.cssSelector("#goal-list li")).isEmpty());
        }
    }

    /**
     * Every studio album front to back by a date: a date gone and a malformed one get their sentences, then (once the
     * discography has arrived) the goal is set, shows the core's progress over what the page stored and lists the
     * albums still to do, each opening its listens.
     */
    private Goal frontToBack(WebDriver driver, WebDriverWait wait, int today) {
        new Select(driver.findElement(By.id("goal-kind"))).selectByValue("FRONT_TO_BACK");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-deadline")));
        assertThat(driver.findElements(By.id("goal-target"))).isEmpty();
        assertThat(driver.findElements(By.id("goal-span"))).isEmpty();
        deadline(driver, LocalDate.ofEpochDay(today - 1).toString());
        wait.until(d -> problem(d).endsWith("has passed; choose today or a later day as the deadline."));
        assertThat(problem(driver)).isEqualTo(Days.longDate(today - 1)
                + " has passed; choose today or a later day as the deadline.");
        String by = LocalDate.ofEpochDay(today + 60).toString();
        // the discography comes with the metadata lane after the sync: until then the form says so
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(d -> {
            if (!d.findElements(By.id("goal-2")).isEmpty()) {
                return true;
            }
            deadline(d, by);
            return false;
        });
        WebElement goal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-2")));
        AtlasIT.Cached cached = AtlasIT.Cached.read(driver);
        GoalProgress expected = GoalProgress.now(Goal.frontToBack(2, 0, System.currentTimeMillis() / 1000, today + 60),
                cached.index(), cached.metadata(), cached.discography(), System.currentTimeMillis() / 1000);
        assertThat(goal.findElement(By.className("goal-title")).getText()).isEqualTo("every studio album of David"
                + " Bowie front to back by " + Days.longDate(today + 60));
        assertThat(goal.findElement(By.className("goal-figure")).getText()).isEqualTo(expected.figure())
                .endsWith(expected.target() + " studio albums");
        assertThat(expected.target()).isGreaterThan(10);
        assertThat(goal.findElement(By.className("goal-pace")).getText()).isEqualTo(expected.paceSentence())
                .contains(" days: ").endsWith(" a week.");
        List<WebElement> toDo = goal.findElements(By.cssSelector(".goal-todo button"));
        assertThat(toDo).extracting(WebElement::getText)
                .containsExactlyElementsOf(expected.toDo().stream().map(Atlas.FrontToBack::name).toList());
        toDo.get(0).click();
        WebElement drill = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drilldown")));
        assertThat(drill.findElement(By.id("drilldown-title")).getText())
                .isEqualTo(expected.toDo().get(0).name() + ", still to play front to back");
        driver.findElement(By.id("drilldown-close")).click();
        return Goal.frontToBack(2, expected.target(), System.currentTimeMillis() / 1000, today + 60);
    }

    /** Sets the deadline field as a date picker does (its change event) and submits the form. */
    private static void deadline(WebDriver driver, String date) {
        ((JavascriptExecutor) driver).executeScript("var f = document.getElementById('goal-deadline'); f.value ="
                + " arguments[0]; f.dispatchEvent(new Event('change', {bubbles: true}));"
                + " document.getElementById('goal-add').click();", date);
    }

    private static WebElement kept(WebDriverWait wait, String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The JVM engine's progress of the goal now, over the listens the simulator serves (or, front to back, the page stored). */
    private GoalProgress expected(WebDriver driver, Goal goal) {
        if (goal.kind() == Goal.Kind.FRONT_TO_BACK) {
            AtlasIT.Cached cached = AtlasIT.Cached.read(driver);
            return GoalProgress.now(goal, cached.index(), cached.metadata(), cached.discography(),
                    System.currentTimeMillis() / 1000);
        }
        ListenIndex jvm = AppPage.jvmIndex(driver, simulator.listens("demo"));
        return GoalProgress.now(goal, jvm, TrackLists.NONE, null, System.currentTimeMillis() / 1000);
    }

    /** Fills the form and submits it. */
    private static void add(WebDriver driver, String kind, String target, String span) {
        new Select(driver.findElement(By.id("goal-kind"))).selectByValue(kind);
        WebElement field = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-target")));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), target);
        new Select(driver.findElement(By.id("goal-span"))).selectByValue(span);
        String before = problem(driver);
        int goals = driver.findElements(By.cssSelector("#goal-list li")).size();
        driver.findElement(By.id("goal-add")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !problem(d).equals(before)
                || d.findElements(By.cssSelector("#goal-list li")).size() != goals);
    }

    private static String problem(WebDriver driver) {
        return driver.findElements(By.id("goal-problem")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private static void screenshot(Chromium chromium, String name) throws Exception {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "document.getElementById('goals').scrollIntoView({block: 'start'});");
        Files.write(Site.reports().resolve(name), chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }
}
