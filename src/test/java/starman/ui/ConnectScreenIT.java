package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.model.Listen;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * The compiled WebAssembly bundle in headless Chromium, against the simulator over real HTTP. The site is
 * served under a base path, as GitHub Pages serves it under /&lt;repository&gt;/.
 */
class ConnectScreenIT {
    private static ListenBrainzSimulator simulator;
    private static String app;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(5_000, 7).site(Site.directory(), "/starman/").start();
        app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void demoUserSeesTheRightCountAndNewestListens() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            WebElement user = waitFor(driver, By.id("user"));
            user.sendKeys("demo");
            driver.findElement(By.id("connect")).click();

            WebElement count = waitFor(driver, By.id("listen-count"));
            List<Listen> server = simulator.listens("demo");
            assertThat(count.getText()).isEqualTo(Integer.toString(server.size()));

            List<String> shown = driver.findElements(By.cssSelector("#listens .track")).stream()
                    .map(WebElement::getText).toList();
            List<String> newest = server.stream()
                    .sorted((a, b) -> b.key().compareTo(a.key()))
                    .limit(ConnectView.SHOWN_LISTENS)
                    .map(l -> l.track().trackName()).toList();
            assertThat(shown).isEqualTo(newest);
            Files.write(Site.reports().resolve("connect-1280x800.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void unknownUserGetsAClearMessage() throws Exception {
        try (Chromium chromium = Chromium.start(360, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app + "&user=nobody-here");
            waitFor(driver, By.id("connect")).click();
            WebElement error = waitFor(driver, By.id("error"));
            assertThat(error.getText()).contains("does not know this user");
            assertThat(driver.findElements(By.id("listen-count"))).isEmpty();
            Files.write(Site.reports().resolve("connect-error-360x800.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));
        }
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
