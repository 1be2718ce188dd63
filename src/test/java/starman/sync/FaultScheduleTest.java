package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.sync.HistorySyncTest.runUntilDone;
import static starman.sync.TestListens.USER;
import static starman.sync.TestListens.listen;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.RetryPolicy;
import starman.http.Transport;
import starman.listenbrainz.ListenBrainzClient;
import starman.model.Listen;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.store.DayBlockStore;
import starman.store.InMemoryListenStore;
import starman.store.ListenStore;
import starman.testing.FaultTally;
import starman.testing.ReliabilityReport;
import starman.time.VirtualClock;

/**
 * The fault suite: seeded fault schedules ({@link FaultPlan#mixed}) against the simulator, Lane B through
 * the real polite chain on one virtual clock. A thousand run in process (the simulator's own routes, rate
 * limiter and faults, no socket), a smaller set over real HTTP; the figures go to RELIABILITY.md.
 */
class FaultScheduleTest {
    static final int IN_PROCESS_SCHEDULES = 1_000;
    static final int HTTP_SCHEDULES = 40;
    private static final long DAY = 86_400;
    /** 2025-11-24T16:00:00Z: a fixed end, so every history and schedule is the same on every run. */
    private static final long END = 1_764_000_000L;
    /** Requests that may meet a fault; after them every answer is normal, so each run can finish. */
    private static final int FAULT_HORIZON = 400;
    private static final String COMMAND = "mvn -B -o -DjvmOnly test -Dtest=FaultScheduleTest";

    @Test
    void aThousandSchedulesInProcessEndWithExactlyTheServersListens() throws Exception {
        FaultTally tally = new FaultTally();
        for (int seed = 0; seed < IN_PROCESS_SCHEDULES; seed++) {
            runSchedule(seed, false, tally);
        }
        ReliabilityReport.writeSection("jvm-in-process", tally.markdown(
                "JVM, in process, virtual time", 0, IN_PROCESS_SCHEDULES, "up to 30 s of virtual time", COMMAND));
        tally.assertNoLossAndNoOverrun();
        assertThat(tally.faults().keySet()).as("every kind of fault was injected").containsAll(List.of(Fault.Kind.values()));
    }

    @Test
    void schedulesOverRealHttpEndWithExactlyTheServersListens() throws Exception {
        FaultTally tally = new FaultTally();
        int first = IN_PROCESS_SCHEDULES;
        for (int seed = first; seed < first + HTTP_SCHEDULES; seed++) {
            runSchedule(seed, true, tally);
        }
        ReliabilityReport.writeSection("jvm-http", tally.markdown("JVM, real HTTP on 127.0.0.1, virtual time", first,
                HTTP_SCHEDULES, "up to 20 ms of real time", COMMAND));
        tally.assertNoLossAndNoOverrun();
    }

    /** One seed: backfill under faults, then changes inside the re-scan window and a catch-up. */
    private static void runSchedule(long seed, boolean overHttp, FaultTally tally) throws Exception {
        Random random = new Random(seed);
        List<Listen> history = HistoryGenerator.generate(seed, USER, 10 + random.nextInt(290), END).listens();
        VirtualClock clock = new VirtualClock((END + 3_600) * 1000);
        FaultPlan faults = FaultPlan.mixed(seed, FAULT_HORIZON, overHttp ? 20 : 30_000);
        ListenBrainzSimulator.Builder builder = ListenBrainzSimulator.builder().clock(clock).user(USER, history)
                .faults(faults).cacheResponses(true);
        try (ListenBrainzSimulator simulator = overHttp ? builder.start() : builder.startInProcess()) {
            Transport transport = overHttp ? HttpTransport.INSTANCE : simulator.inProcess();
            String root = overHttp ? simulator.baseUrl() : ListenBrainzSimulator.IN_PROCESS_ROOT;
            PoliteClient polite = PoliteClient.create(transport, clock,
                    new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, seed));
            ListenStore store = seed % 2 == 0 ? new InMemoryListenStore() : DayBlockStore.empty(changes -> { });
            HistorySync sync = new HistorySync(new ListenBrainzClient(polite.http(), root), store, clock,
                    n -> polite.budget().millisFor(n, clock.nowMillis()),
                    new HistorySync.Options(new int[] {7, 25, 100, 1000}[random.nextInt(4)], 3 * DAY));

            runUntilDone(sync, clock);
            tally.compare(seed, "backfill", store.all(), simulator.listens(USER));

            long newest = history.get(history.size() - 1).listenedAt();
            List<Listen> inWindow = history.stream().filter(l -> l.listenedAt() > newest - 2 * DAY).toList();
            for (int i = 0, deletions = 1 + random.nextInt(3); i < deletions; i++) {
                Listen gone = inWindow.get(random.nextInt(inWindow.size()));
                simulator.deleteListen(USER, gone.listenedAt(), gone.recordingMsid());
            }
            simulator.addListen(USER, listen(newest - DAY - random.nextInt(3_600), "late-" + seed));
            simulator.addListen(USER, listen(newest, "same-second-" + seed));
            for (int i = 0, added = random.nextInt(30); i < added; i++) {
                simulator.addListen(USER, listen(newest + 200 + 200L * i, "new-" + seed + "-" + i));
            }
            clock.advance(60_000);
            runUntilDone(sync, clock);
            tally.compare(seed, "catch-up", store.all(), simulator.listens(USER));
            tally.record(simulator.stats());
        }
    }

    /** One JDK client for every HTTP schedule. */
    private static final class HttpTransport {
        static final Transport INSTANCE = new JdkTransport(Duration.ofSeconds(10));
    }
}
