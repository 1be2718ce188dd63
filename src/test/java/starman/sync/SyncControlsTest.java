package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static starman.sync.TestListens.T0;
import static starman.sync.TestListens.USER;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.http.RateLimitInterceptor;
import starman.http.RetryPolicy;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.store.InMemoryListenStore;
import starman.store.StorageException;
import starman.sync.Problems.Reach;
import starman.time.VirtualClock;

/** The person's controls over a running sync (pause, resume) and the sentences a sync shows them. */
class SyncControlsTest {
    /** A whole minute on the virtual clock, so a rate-limit window starts with the first request. */
    private final VirtualClock clock = new VirtualClock((T0 + 90 * 86_400L) * 1000);
    private final FakeListenBrainz server = new FakeListenBrainz(clock, USER, 30, 60_000, 30 * 86_400);
    private final PoliteClient polite = PoliteClient.create(server, clock,
            new PoliteClient.Options(new RetryPolicy(3, 500, 8_000), 1_000, 7));
    private final ListenBrainzClient api = new ListenBrainzClient(polite.http(), FakeListenBrainz.ROOT);
    private final InMemoryListenStore store = new InMemoryListenStore();
    private final HistorySync history = new HistorySync(api, store, clock,
            n -> polite.budget().millisFor(n, clock.nowMillis()), new HistorySync.Options(1000, 3 * 86_400L));

    @Test
    void aSyncPausedAfterTwoPagesSendsNothingUntilResumedThenFinishes() throws Exception {
        TestListens.history(new Random(3), T0, 5_500).forEach(server::add);
        long[] storedAtPause = {-1};
        history.addListener(progress -> {
            if (progress.pages() == 2) {
                polite.pause().pause();
                storedAtPause[0] = store.count();
            }
        });
        Thread run = runInBackground();

        awaitTrue(() -> polite.pause().held() == 1);
        // the listen count and two pages went out; the third page waits at the gate, not on the wire
        assertThat(server.requests()).isEqualTo(3);
        assertThat(store.count()).isPositive().isEqualTo(storedAtPause[0]);
        assertThat(run.isAlive()).isTrue();

        polite.pause().resume();
        run.join();
        assertThat(store.all()).isEqualTo(server.all());
        assertThat(server.requests()).isGreaterThan(3);
        assertThat(server.overLimit()).isZero();
    }

    @Test
    void aSyncPausedBeforeItStartsSendsNoRequestAtAll() throws Exception {
        TestListens.history(new Random(4), T0, 1_200).forEach(server::add);
        polite.pause().pause();
        Thread run = runInBackground();

        awaitTrue(() -> polite.pause().held() == 1);
        assertThat(server.requests()).isZero();

        polite.pause().resume();
        run.join();
        assertThat(store.count()).isEqualTo(1_200);
        assertThat(polite.pause().isPaused()).isFalse();
    }

    @Test
    void aLongWaitAfterA429IsAnnouncedWithItsLengthAndItsEnd() throws Exception {
        TestListens.history(new Random(5), T0, 10).forEach(server::add);
        server.faults(n -> n == 0 ? FakeListenBrainz.Fault.TOO_MANY : FakeListenBrainz.Fault.NONE);
        List<Long> announced = new ArrayList<>();
        polite.onLongWait(announced::add);
        long start = clock.nowMillis();

        history.run(USER);

        // the 429 spent the minute's window: the next request waits for the next window
        assertThat(announced).hasSize(2);
        assertThat(announced.get(0)).isGreaterThanOrEqualTo(RateLimitInterceptor.LONG_WAIT_MILLIS)
                .isLessThanOrEqualTo(clock.nowMillis() - start);
        assertThat(announced.get(1)).isZero();
        assertThat(Problems.slowDown(announced.get(0))).matches("ListenBrainz asked Starman to slow down;"
                + " resuming in \\d+ s\\.");
        assertThat(store.count()).isEqualTo(10);
    }

    @Test
    void shortWaitsBetweenRequestsAreNotAnnounced() throws Exception {
        TestListens.history(new Random(6), T0, 3_000).forEach(server::add);
        List<Long> announced = new ArrayList<>();
        polite.onLongWait(announced::add);

        history.run(USER);

        assertThat(announced).isEmpty();
    }

    @Test
    void theEtaCountsTheServersAnsweringTimeNotOnlyTheRateBudget() throws Exception {
        TestListens.history(new Random(7), T0, 5_500).forEach(server::add);
        long answerMillis = 2_000;
        PoliteClient slow = PoliteClient.create(request -> {
            clock.advance(answerMillis);
            return server.execute(request);
        }, clock, new PoliteClient.Options(new RetryPolicy(3, 500, 8_000), 1_000, 7));
        HistorySync sync = new HistorySync(new ListenBrainzClient(slow.http(), FakeListenBrainz.ROOT), store, clock,
                n -> slow.budget().millisFor(n, clock.nowMillis()), new HistorySync.Options(1000, 3 * 86_400L));
        List<SyncProgress> seen = new ArrayList<>();
        List<Long> budgetSaid = new ArrayList<>();
        sync.addListener(progress -> {
            seen.add(progress);
            budgetSaid.add(slow.budget().millisFor((progress.listensLeft() + 999) / 1000, clock.nowMillis()));
        });

        sync.run(USER);

        SyncProgress first = seen.get(0);
        long requestsLeft = (first.listensLeft() + 999) / 1000;
        assertThat(requestsLeft).isGreaterThan(1);
        // well within the budget (30 a window), so only the answering time makes the sync take long
        assertThat(budgetSaid.get(0)).isLessThan(requestsLeft * answerMillis);
        assertThat(first.etaMillis()).isGreaterThanOrEqualTo(requestsLeft * answerMillis);
        assertThat(seen.get(seen.size() - 1).etaMillis()).isZero();
    }

    @Test
    void theSlowDownSentenceRoundsUpToWholeSeconds() {
        assertThat(Problems.slowDown(39_001)).isEqualTo("ListenBrainz asked Starman to slow down; resuming in 40 s.");
        assertThat(Problems.slowDown(40_000)).isEqualTo("ListenBrainz asked Starman to slow down; resuming in 40 s.");
    }

    @Test
    void anUnknownUserIsNamed() {
        IOException failure = failureOf(() -> history.run("nobody-here"));

        assertThat(failure).isInstanceOf(ListenBrainzException.class);
        assertThat(Problems.of(failure, Reach.ANSWERED_BEFORE)).contains("nobody-here").doesNotContain("Exception");
    }

    @Test
    void noAnswerReadsAsOfflineAsTheConnectionOrAsListenBrainzNotAnsweringByWhatThePageKnows() {
        server.faults(n -> FakeListenBrainz.Fault.DROP);
        IOException failure = failureOf(() -> history.run(USER));

        assertThat(Problems.of(failure, Reach.of(false, true))).isEqualTo(Problems.OFFLINE);
        assertThat(Problems.of(failure, Reach.of(true, false))).startsWith("Cannot reach ListenBrainz")
                .endsWith("check the connection.");
        assertThat(Problems.of(failure, Reach.of(true, true))).isEqualTo(Problems.NOT_ANSWERING)
                .isEqualTo("ListenBrainz is not answering (it may be down); retrying in 30 s.");
    }

    @Test
    void beingRateLimitedAfterEveryRetryIsSaid() {
        server.faults(n -> FakeListenBrainz.Fault.TOO_MANY);
        IOException failure = failureOf(() -> history.run(USER));

        assertThat(((ListenBrainzException) failure).kind()).isEqualTo(ListenBrainzException.Kind.RATE_LIMITED);
        for (Reach reach : Reach.values()) {
            assertThat(Problems.of(failure, reach)).as(reach.name()).startsWith("ListenBrainz is rate limiting");
        }
    }

    @Test
    void aFullStorageSaysSo() {
        StorageException full = new StorageException("QuotaExceededError: the quota has been exceeded", true, null);
        StorageException broken = new StorageException("Starman could not save to this browser's storage (x).",
                false, null);

        assertThat(Problems.of(full, Reach.ANSWERED_BEFORE)).isEqualTo(Problems.STORAGE_FULL);
        assertThat(Problems.of(broken, Reach.ANSWERED_BEFORE)).isEqualTo(broken.getMessage());
    }

    private interface Run {
        void run() throws IOException;
    }

    private static IOException failureOf(Run run) {
        AtomicReference<IOException> caught = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try {
                run.run();
            } catch (IOException e) {
                caught.set(e);
                throw e;
            }
        }).isInstanceOf(IOException.class);
        return caught.get();
    }

    private Thread runInBackground() {
        Thread run = new Thread(() -> {
            try {
                history.run(USER);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        return run;
    }

    /** Waits for the other thread to reach a state; the test fails by timeout rather than by a guess at speed. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(1);
        }
    }
}
