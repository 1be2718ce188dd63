package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.session.SessionTest.MINUTE;
import static starman.session.SessionTest.onDisk;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import starman.model.Listen;
import starman.simulator.FaultPlan;
import starman.simulator.HistoryGenerator;
import starman.testing.FaultTally;
import starman.testing.ReliabilityReport;

/**
 * The session's fault suite: seeded schedules of network faults ({@link FaultPlan#mixed}) and storage faults
 * (commits that fail, a storage that fills up until room is made) against two tabs over one store, the
 * syncing one closing mid-sync; then changes inside the re-scan window and a new page. The disk must end with
 * exactly the server's listens. The figures go to RELIABILITY.md.
 */
class SessionFaultScheduleTest {
    static final int SCHEDULES = 100;
    /** Requests that may meet a network fault; every later one is answered normally, so each schedule can end. */
    private static final int FAULT_HORIZON = 300;
    private static final long DAY = 86_400;
    private static final String COMMAND = "mvn -B -o -DjvmOnly test -Dtest=SessionFaultScheduleTest";

    @Test
    void networkAndStorageFaultsAndAHandOverEndWithExactlyTheServersListens() throws Exception {
        FaultTally tally = new FaultTally();
        for (int seed = 0; seed < SCHEDULES; seed++) {
            runSchedule(seed, tally);
        }
        ReliabilityReport.writeSection("jvm-session", tally.markdown(
                "JVM, two tabs' sessions over one store, network and storage faults, virtual time", 0, SCHEDULES,
                "up to 30 s of virtual time", COMMAND));
        tally.assertNoLossAndNoOverrun();
        assertThat(tally.storageFaults().keySet()).as("every kind of storage fault was injected")
                .containsExactlyInAnyOrder(FaultTally.StorageFault.values());
    }

    private static void runSchedule(long seed, FaultTally tally) throws Exception {
        Random random = new Random(seed);
        List<Listen> history = HistoryGenerator.generate(seed, USER, 100 + random.nextInt(2_900), END).listens();
        try (TestBrowser browser = new TestBrowser(history, FaultPlan.mixed(seed, FAULT_HORIZON, 30_000))) {
            browser.connected().disk.failRandomly(seed, random.nextDouble() * 0.2);
            boolean fills = random.nextBoolean();
            if (fills) {
                browser.disk.quota(5_000 + random.nextInt(60_000));
            }
            TestBrowser.TestTab first = browser.open();
            TestBrowser.TestTab second = browser.open();
            int closeAt = 1 + random.nextInt(4);
            int[] firstsPages = {0};
            browser.network(transport -> request -> {
                // the syncing tab closes as one of its pages is about to go
                if (request.url().contains("/listens?") && !first.isClosed() && first.session.isLeader()
                        && ++firstsPages[0] == closeAt) {
                    first.close();
                    throw new InterruptedIOException("the tab closed");
                }
                return transport.execute(request);
            });
            browser.timer.runFor(random.nextInt(30) * MINUTE);
            browser.disk.quota(Long.MAX_VALUE);
            browser.timer.runFor(3 * 60 * MINUTE);
            tally.compare(seed, "backfill", onDisk(browser), browser.server.listens(USER));

            changeInsideTheRescanWindow(browser, random, seed);
            // every page loaded again (the first tab may still be open: its history was shorter than closeAt)
            first.close();
            second.close();
            browser.open();
            browser.timer.runFor(60 * MINUTE);
            tally.compare(seed, "catch-up", onDisk(browser), browser.server.listens(USER));
            tally.record(browser.server.stats());
            tally.recordStorage(FaultTally.StorageFault.FAILED_COMMIT, browser.disk.failedCommits());
            tally.recordStorage(FaultTally.StorageFault.STORAGE_FULL, browser.disk.fullCommits());
        }
    }

    /** Deletions, a late listen, a same-second tie and new listens, all inside the 3-day re-scan window. */
    private static void changeInsideTheRescanWindow(TestBrowser browser, Random random, long seed) {
        List<Listen> stored = browser.server.listens(USER);
        Listen newest = stored.get(stored.size() - 1);
        List<Listen> recent = stored.stream().filter(l -> l.listenedAt() > newest.listenedAt() - 2 * DAY).toList();
        for (int i = 0, deletions = 1 + random.nextInt(3); i < deletions; i++) {
            Listen gone = recent.get(random.nextInt(recent.size()));
            browser.server.deleteListen(USER, gone.listenedAt(), gone.recordingMsid());
        }
        long at = newest.listenedAt();
        browser.server.addListen(USER, new Listen(at - DAY, at, "late-" + seed, USER, newest.track()));
        browser.server.addListen(USER, new Listen(at, at, "same-second-" + seed, USER, newest.track()));
        for (int i = 0, added = random.nextInt(30); i < added; i++) {
            browser.server.addListen(USER, new Listen(at + 200 + 200L * i, at, "new-" + seed + "-" + i, USER,
                    newest.track()));
        }
    }
}
