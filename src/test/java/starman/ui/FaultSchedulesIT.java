package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.model.Listen;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.ReliabilityReport;
import starman.testing.Site;

/**
 * Seeded fault schedules against the compiled bundle in headless Chromium: the simulator serves the site
 * and a history behind {@link FaultPlan#mixed} faults; the app syncs into IndexedDB, the server then
 * changes inside the re-scan window, and a reload catches up. After each, the listens in IndexedDB (read
 * byte for byte and decoded on the JVM) must be exactly the server's.
 */
class FaultSchedulesIT {
    static final int SCHEDULES = 3;
    /** The first requests of each run that may meet a fault; the app's own retries take it past them. */
    private static final int FAULT_HORIZON = 60;
    private static final long MAX_SLOW_MILLIS = 1_500;
    /** A run here is a few dozen requests: a fault in three of ten makes each schedule meet several. */
    private static final double FAULT_PROBABILITY = 0.3;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String COMMAND =
            "mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultSchedulesIT";

    @Test
    void seededFaultSchedulesEndWithTheServersListensInIndexedDb() throws Exception {
        FaultTally tally = new FaultTally();
        for (int seed = 0; seed < SCHEDULES; seed++) {
            Random random = new Random(seed);
            try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder()
                    .demoUser(1_500 + 1_000 * seed, seed).site(Site.directory(), "/starman/")
                    .faults(FaultPlan.mixed(seed, FAULT_HORIZON, MAX_SLOW_MILLIS, FAULT_PROBABILITY)).cacheResponses(true).start();
                 Chromium chromium = Chromium.start(1280, 800)) {
                WebDriver driver = chromium.driver();
                String app = simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=demo";
                driver.get(app);
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.elementToBeClickable(By.id("connect"))).click();
                tally.compare(seed, "backfill", awaitServersListens(driver, simulator), simulator.listens("demo"));

                changeInsideTheRescanWindow(simulator, random, seed);
                driver.navigate().refresh();
                tally.compare(seed, "catch-up", awaitServersListens(driver, simulator), simulator.listens("demo"));
                assertThat(simulator.stats().faults()).as("seed %d: faults injected", seed).isPositive();
                tally.record(simulator.stats());
            }
        }
        // this run's exact counts (they vary with timing), for people; RELIABILITY.md keeps what reruns reproduce
        Files.writeString(Site.reports().resolve("fault-schedules.md"), tally.markdown("Chromium, this run", 0,
                SCHEDULES, "up to 1.5 s", COMMAND));
        ReliabilityReport.writeSection("chromium", tally.markdownOnRealTime(
                "Chromium, the compiled bundle over real HTTP, real time (slow answers up to 1.5 s)", 0, SCHEDULES,
                COMMAND));
        tally.assertNoLossAndNoOverrun();
    }

    /** Deletions, a late listen, a same-second tie and new listens, all inside the app's 3-day re-scan. */
    private static void changeInsideTheRescanWindow(ListenBrainzSimulator simulator, Random random, int seed) {
        List<Listen> history = simulator.listens("demo");
        Listen newest = history.get(history.size() - 1);
        List<Listen> recent = history.stream().filter(l -> l.listenedAt() > newest.listenedAt() - 2 * 86_400).toList();
        for (int i = 0; i < 2; i++) {
            Listen gone = recent.get(random.nextInt(recent.size()));
            simulator.deleteListen("demo", gone.listenedAt(), gone.recordingMsid());
        }
        long at = newest.listenedAt();
        simulator.addListen("demo", new Listen(at - 86_400, at, "late-" + seed, "demo", newest.track()));
        simulator.addListen("demo", new Listen(at, at, "same-second-" + seed, "demo", newest.track()));
        simulator.addListen("demo", new Listen(at + 30, at + 30, "new-" + seed, "demo", newest.track()));
    }

    /**
     * Waits until IndexedDB holds exactly the server's listens with the run finished (the app keeps retrying
     * through the faults), then returns what it holds; after {@link #PATIENCE}, whatever it holds.
     */
    private static List<Listen> awaitServersListens(WebDriver driver, ListenBrainzSimulator simulator) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        BrowserListens.Stored stored = null;
        while (System.nanoTime() < deadline) {
            if (!driver.findElements(By.cssSelector("#sync-status[data-done='true']")).isEmpty()) {
                stored = BrowserListens.read(driver);
                if (!stored.checkpoint().running()
                        && FaultTally.differences(stored.listens(), simulator.listens("demo")) == 0) {
                    return stored.listens();
                }
            }
            sleep(1_000);
        }
        return stored == null ? List.of() : stored.listens();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
