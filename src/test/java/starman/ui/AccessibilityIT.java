package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Axe;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * Every screen, at a phone's and a desktop's size, in the light and the dark scheme, passes axe-core's WCAG
 * 2.1 A/AA rules (names, labels, roles, contrast); each state is saved as a screenshot to look at.
 */
class AccessibilityIT {

    private ListenBrainzSimulator simulator;
    private String app;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(3_000, 11).site(Site.directory(), "/starman/").start();
        app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void firstRunAndDashboardPassAxeAtBothSizesInBothSchemes() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            waitFor(driver, By.id("user"));
            check(chromium, "first-run");

            driver.findElement(By.id("user")).sendKeys("nobody-here");
            driver.findElement(By.id("connect")).click();
            waitFor(driver, By.id("settings-problem"));
            check(chromium, "first-run-unknown-user");

            driver.findElement(By.id("user")).clear();
            driver.findElement(By.id("user")).sendKeys("demo");
            driver.findElement(By.id("connect")).click();
            waitFor(driver, AppPage.DONE);
            check(chromium, "dashboard");

            chromium.emulateViewport(1280, 800, false);
            driver.findElement(By.id("all-time-albums")).click();
            waitFor(driver, By.id("drilldown"));
            driver.findElement(By.cssSelector("#drilldown summary")).click();
            check(chromium, "drilldown");
        }
    }

    /** axe at 1280x800 and 360x800, light and dark; a screenshot of each. */
    private static void check(Chromium chromium, String screen) throws Exception {
        for (String scheme : List.of("light", "dark")) {
            chromium.devTools("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : new int[] {1280, 360}) {
                chromium.emulateViewport(width, 800, width < 600);
                String name = screen + "-" + scheme + "-" + width + "x800";
                Files.write(Site.reports().resolve(name + ".png"),
                        chromium.chrome().getScreenshotAs(OutputType.BYTES));
                assertThat(Axe.violations(chromium.driver())).as(name).isEmpty();
            }
        }
    }

    private static void waitFor(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
