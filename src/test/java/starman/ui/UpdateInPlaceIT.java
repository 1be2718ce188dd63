package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.testing.WorkoutUpdates;

/**
 * A new listen updates the workout table in place: only the text nodes of the cells whose numbers changed have
 * their data set, no element of the table is made anew (the compiled app with its update probe, from the bench
 * bundle, and a MutationObserver).
 */
class UpdateInPlaceIT {
    @Test
    void aNewListenChangesOnlyTheTextOfTheChangedCells() throws Exception {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(3_000, 7)
                .site(Site.probedAppDirectory()).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(simulator.baseUrl() + "/?user=demo&api=" + simulator.baseUrl());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("connect")).isEmpty());
            driver.findElement(By.id("connect")).click();
            // the metadata lane's pass changes durations; the probe's listen should be the only change watched
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "true".equals(
                    d.findElement(By.tagName("html")).getAttribute("data-starman-looked-up")));
            int allTimeSongs = songs(driver);

            WorkoutUpdates.Update update = WorkoutUpdates.probe(driver);

            assertThat(songs(driver)).isEqualTo(allTimeSongs + 1);
            assertThat(update.cellsChanged()).isPositive();
            assertThat(update.untagged()).as("elements made anew").isZero();
            // each changed cell: the data of its one text node, and its button's spoken name; nothing else moves
            assertThat(update.mutations()).containsOnly("characterData", "attributes:aria-label");
            assertThat(update.mutations()).filteredOn("characterData"::equals).hasSize(update.cellsChanged());
        }
    }

    private static int songs(WebDriver driver) {
        return Integer.parseInt(driver.findElement(By.cssSelector("#all-time .songs")).getText().replaceAll("[^0-9]", ""));
    }
}
