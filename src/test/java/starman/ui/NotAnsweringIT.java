package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.sync.Problems;
import starman.testing.AppPage;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * ListenBrainz down behind its front proxy, in the compiled bundle: the proxy's 502 carries no CORS header, so
 * the page (on another origin, as on GitHub Pages) cannot read it and its fetch fails as on a broken network.
 * After answered requests the page says ListenBrainz is not answering, not that the connection is broken, and
 * the sync goes on once it answers again.
 */
class NotAnsweringIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Request 1 is the first run's check, 2 the sync's listen count, 3 to 5 its first pages: all answered. */
    private static final long ANSWERED = 5;

    @Test
    void aProxysUnreadable502AfterAnsweredRequestsSaysListenBrainzIsNotAnsweringThenTheSyncGoesOn()
            throws Exception {
        try (ListenBrainzSimulator site = ListenBrainzSimulator.builder().user("nobody", List.of())
                .site(Site.directory(), "/starman/").start();
             ListenBrainzSimulator api = ListenBrainzSimulator.builder().demoUser(20_000, 15)
                .faults(request -> request > ANSWERED ? Fault.proxyError() : null).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(site.baseUrl() + "/starman/?api=" + api.baseUrl() + "&user=demo");
            new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id("connect")))
                    .click();

            new WebDriverWait(driver, PATIENCE).withMessage("the page saying: " + Problems.NOT_ANSWERING)
                    .until(d -> d.findElements(By.id("error")).stream()
                            .anyMatch(e -> e.getText().equals(Problems.NOT_ANSWERING)));
            assertThat(api.stats().faults(Fault.Kind.PROXY_ERROR)).as("502s the page could not read").isPositive();
            assertThat(BrowserListens.read(driver).listens()).as("the pages stored before").isNotEmpty()
                    .hasSizeLessThan(api.listens("demo").size());
            Files.write(Site.reports().resolve("not-answering.png"), chromium.chrome().getScreenshotAs(OutputType.BYTES));

            api.setFaults(FaultPlan.NONE);
            AppPage.awaitExactly(driver, () -> api.listens("demo"), PATIENCE);
            assertThat(driver.findElements(By.id("error"))).isEmpty();
            assertThat(api.stats().rateLimited()).isZero();
        }
    }
}
