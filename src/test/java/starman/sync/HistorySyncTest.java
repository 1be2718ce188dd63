package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static starman.sync.TestListens.T0;
import static starman.sync.TestListens.USER;
import static starman.sync.TestListens.listen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.http.RetryPolicy;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.store.DayBlockStore;
import starman.store.InMemoryListenStore;
import starman.store.ListenStore;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;
import starman.time.VirtualClock;

class HistorySyncTest {
    private static final long DAY = 86_400;

    private final VirtualClock clock = new VirtualClock(T0 * 1000 + 90 * DAY * 1000);
    private final FakeListenBrainz server = new FakeListenBrainz(clock, USER);
    private final PoliteClient polite = PoliteClient.create(server, clock,
            new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 42));
    private final ListenBrainzClient api = new ListenBrainzClient(polite.http(), FakeListenBrainz.ROOT);
    private final InMemoryListenStore store = new InMemoryListenStore();

    private HistorySync sync(ListenStore target, int pageSize) {
        return new HistorySync(api, target, clock, n -> polite.budget().millisFor(n, clock.nowMillis()),
                new HistorySync.Options(pageSize, 3 * DAY));
    }

    private void serverHas(List<Listen> listens) {
        listens.forEach(server::add);
    }

    @Test
    void backfillFromEmptyEndsWithTheServersSet() throws Exception {
        serverHas(TestListens.history(new Random(1), T0, 2_500));

        sync(store, 1000).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
        assertThat(store.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);
        assertThat(server.overLimit()).isZero();
    }

    @Test
    void emptyHistoryEndsAtOnce() throws Exception {
        sync(store, 1000).run(USER);

        assertThat(store.count()).isZero();
        assertThat(server.servedListenQueries()).hasSize(1);
    }

    @Test
    void catchUpFetchesNewListens() throws Exception {
        List<Listen> history = TestListens.history(new Random(2), T0, 300);
        serverHas(history);
        HistorySync sync = sync(store, 100);
        sync.run(USER);
        long newest = history.get(history.size() - 1).listenedAt();

        serverHas(List.of(listen(newest + 200, "new-1"), listen(newest + 400, "new-2")));
        sync.run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    @Test
    void aRepeatedCatchUpIsNotServedTheServersCachedAnswer() throws Exception {
        serverHas(TestListens.history(new Random(7), T0, 120));
        HistorySync sync = sync(store, 1000);
        sync.run(USER);
        sync.run(USER);

        server.add(listen(store.newestListenedAt() + 200, "just-landed"));
        clock.advance(30_000);
        sync.run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    @Test
    void sameSecondTiesAcrossPageBoundariesAreNotSkipped() throws Exception {
        server.add(listen(T0 + 5, "first"));
        for (int i = 0; i < 3; i++) {
            server.add(listen(T0 + 10, "tie-" + i));
            server.add(listen(T0 + 20, "later-tie-" + i));
        }
        server.add(listen(T0 + 21, "last"));

        sync(store, 3).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    @Test
    void withoutARescanWindowATieWithTheNewestStoredListenIsStillFetched() throws Exception {
        serverHas(TestListens.history(new Random(8), T0, 30));
        HistorySync noRescan = new HistorySync(api, store, clock, n -> 0, new HistorySync.Options(1000, 0));
        noRescan.run(USER);

        server.add(listen(store.newestListenedAt(), "same-second"));
        noRescan.run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    /** The API has no offset: past {@code count} listens in one second cannot be reached, but paging goes on. */
    @Test
    void moreListensInOneSecondThanAPageHoldsStillEnd() throws Exception {
        for (int i = 0; i < 5; i++) {
            server.add(listen(T0, "same-" + i));
        }
        server.add(listen(T0 + 1, "after"));

        sync(store, 3).run(USER);

        assertThat(keys(store.all())).extracting(ListenKey::recordingMsid).contains("after");
    }

    @Test
    void lateListensInsideTheRescanWindowArePickedUp() throws Exception {
        serverHas(TestListens.history(new Random(3), T0, 200));
        HistorySync sync = sync(store, 50);
        sync.run(USER);
        long newest = store.newestListenedAt();

        server.add(listen(newest - 2 * DAY, "late-import"));
        server.add(listen(newest - 1, "late-by-a-second"));
        sync.run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    @Test
    void deletionsInsideTheRescanWindowAreReconciled() throws Exception {
        List<Listen> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            history.add(listen(T0 + i * 6 * 3_600L, "m" + i));
        }
        serverHas(history);
        HistorySync sync = sync(store, 10);
        sync.run(USER);

        server.remove(history.get(35).key());
        server.remove(history.get(39).key());
        server.remove(history.get(2).key());
        sync.run(USER);

        List<Listen> expected = new ArrayList<>(server.all());
        expected.add(2, history.get(2));
        assertThat(keys(store.all())).as("deleted inside the window go, outside stay").isEqualTo(keys(expected));
    }

    @Test
    void aGapLongerThanTheServersScanIsCrossed() throws Exception {
        FakeListenBrainz shortScan = new FakeListenBrainz(clock, USER, 30, 10_000, 3_600);
        ListenBrainzClient shortApi = new ListenBrainzClient(
                PoliteClient.create(shortScan, clock, PoliteClient.Options.defaults(7)).http(), FakeListenBrainz.ROOT);
        shortScan.add(listen(T0, "before-the-gap"));
        shortScan.add(listen(T0 + 5 * 365 * DAY, "after-the-gap"));
        shortScan.add(listen(T0 + 5 * 365 * DAY + 200, "after-the-gap-2"));

        new HistorySync(shortApi, store, clock, n -> 0, new HistorySync.Options(10, 3 * DAY)).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(shortScan.all()));
    }

    @Test
    void killedByTheStoreResumesWithOnlyTheUncommittedPageAgain() throws Exception {
        serverHas(TestListens.history(new Random(4), T0, 95));
        ListenStore failing = new FailingStore(store, 4);

        assertThatThrownBy(() -> sync(failing, 10).run(USER)).isInstanceOf(IllegalStateException.class);
        assertThat(store.checkpoint().running()).isTrue();
        sync(store, 10).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
        List<String> queries = server.servedListenQueries();
        assertThat(queries).hasSize(new HashSet<>(queries).size() + 1);
        assertThat(queries.get(4)).as("the page whose write failed, fetched again").isEqualTo(queries.get(5));
    }

    @Test
    void killedByTheNetworkResumesWithoutRefetchingAPage() throws Exception {
        serverHas(TestListens.history(new Random(5), T0, 95));
        server.faults(n -> n >= 6 ? FakeListenBrainz.Fault.DROP : FakeListenBrainz.Fault.NONE);

        assertThatThrownBy(() -> sync(store, 10).run(USER))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.NETWORK));
        server.faults(n -> FakeListenBrainz.Fault.NONE);
        sync(store, 10).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
        List<String> queries = server.servedListenQueries();
        assertThat(new HashSet<>(queries)).hasSameSizeAs(queries);
    }

    @Test
    void progressCountsPagesAndListensLeft() throws Exception {
        for (int i = 0; i < 250; i++) {
            server.add(listen(T0 + i * 200L, "m" + i));
        }
        List<SyncProgress> seen = new ArrayList<>();
        HistorySync sync = sync(store, 100);
        sync.addListener(seen::add);

        sync.run(USER);

        assertThat(seen).extracting(SyncProgress::pages).containsExactly(1, 2, 3);
        // each full page's newest second is fetched again with the next page
        assertThat(seen).extracting(SyncProgress::listensLeft).containsExactly(150L, 51L, 0L);
        assertThat(seen).extracting(SyncProgress::listensStored).containsExactly(100, 200, 252);
        assertThat(seen).extracting(SyncProgress::done).containsExactly(false, false, true);
    }

    @Test
    void randomFaultSchedulesEndWithTheServersSetAndNeverOverrunTheLimitInEitherStore() throws Exception {
        FakeListenBrainz.Fault[] kinds = FakeListenBrainz.Fault.values();
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            VirtualClock time = new VirtualClock(T0 * 1000 + 900 * DAY * 1000);
            FakeListenBrainz fake = new FakeListenBrainz(time, USER, 30, 10_000, (1 + random.nextInt(30)) * DAY);
            List<Listen> history = TestListens.history(random, T0, 50 + random.nextInt(600));
            history.forEach(fake::add);
            double faultRate = random.nextDouble() * 0.4;
            fake.faults(n -> random.nextDouble() < faultRate ? kinds[1 + random.nextInt(kinds.length - 1)]
                    : FakeListenBrainz.Fault.NONE);
            PoliteClient client = PoliteClient.create(fake, time,
                    new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, seed));
            ListenStore target = seed % 2 == 0 ? new InMemoryListenStore() : DayBlockStore.empty(changes -> { });
            HistorySync sync = new HistorySync(new ListenBrainzClient(client.http(), FakeListenBrainz.ROOT), target,
                    time, n -> 0, new HistorySync.Options(new int[] {7, 50, 1000}[random.nextInt(3)], 3 * DAY));

            runUntilDone(sync, time);
            long newest = history.get(history.size() - 1).listenedAt();
            fake.add(listen(newest - DAY, "late-" + seed));
            fake.add(listen(newest + 300, "new-" + seed));
            List<Listen> inWindow = history.stream().filter(l -> l.listenedAt() > newest - 2 * DAY).toList();
            fake.remove(inWindow.get(random.nextInt(inWindow.size())).key());
            time.advance(60_000);
            runUntilDone(sync, time);

            assertThat(keys(target.all())).as("seed %d", seed).isEqualTo(keys(fake.all()));
            assertThat(fake.overLimit()).as("seed %d", seed).isZero();
        }
    }

    @Test
    void aPartialImportIsBackfilledBackToTheServersOldestListen() throws Exception {
        List<Listen> history = TestListens.history(new Random(11), T0, 2_400);
        serverHas(history);
        // an import of the last third: the forward run alone would start after it and never look before it
        store.merge(history.subList(1_600, 2_400));
        List<SyncProgress> seen = new ArrayList<>();
        HistorySync sync = sync(store, 500);
        sync.addListener(seen::add);

        sync.run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
        assertThat(store.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);
        assertThat(seen).extracting(SyncProgress::done).last().isEqualTo(true);
        assertThat(seen.stream().filter(SyncProgress::done)).as("done once, at the very end").hasSize(1);
    }

    @Test
    void aGapBetweenTwoImportsIsFoundByTheListenCountWhenAsked() throws Exception {
        List<Listen> history = TestListens.history(new Random(12), T0, 1_500);
        serverHas(history);
        store.merge(history.subList(0, 400));
        store.merge(history.subList(1_100, 1_500));
        HistorySync sync = sync(store, 200);

        sync.run(USER);
        assertThat(store.count()).as("oldest and newest are stored: only the count shows the gap").isEqualTo(800);

        sync.run(USER, true);
        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
    }

    @Test
    void aBackfillStoppedByTheNetworkResumesFromItsCheckpoint() throws Exception {
        List<Listen> history = TestListens.history(new Random(13), T0, 1_200);
        serverHas(history);
        store.merge(history.subList(1_000, 1_200));
        // the listen count, the forward page, then two pages of the backfill; then the network goes
        server.faults(n -> n >= 4 ? FakeListenBrainz.Fault.DROP : FakeListenBrainz.Fault.NONE);

        assertThatThrownBy(() -> sync(store, 100).run(USER)).isInstanceOf(ListenBrainzException.class);
        SyncCheckpoint stopped = store.checkpoint();
        assertThat(stopped.backfilling()).isTrue();
        assertThat(stopped.until()).isEqualTo(history.get(1_000).listenedAt());
        server.faults(n -> FakeListenBrainz.Fault.NONE);
        int served = server.servedListenQueries().size();
        sync(store, 100).run(USER);

        assertThat(keys(store.all())).isEqualTo(keys(server.all()));
        assertThat(server.servedListenQueries().get(served)).as("the backfill goes on where it stopped")
                .contains("min_ts=" + stopped.cursor() + "&");
    }

    @Test
    void aBackfillAddsWhatTheServerHasAndDeletesNothing() throws Exception {
        List<Listen> history = TestListens.history(new Random(14), T0, 600);
        serverHas(history.subList(0, 500));
        Listen importedOnly = listen(history.get(10).listenedAt() + 1, "only-in-the-import");
        store.merge(List.of(importedOnly));
        store.merge(history.subList(400, 500));

        sync(store, 100).run(USER, true);

        List<Listen> expected = new ArrayList<>(server.all());
        expected.add(importedOnly);
        assertThat(new HashSet<>(keys(store.all()))).isEqualTo(new HashSet<>(keys(expected)));
    }

    static List<ListenKey> keys(List<Listen> listens) {
        return listens.stream().map(Listen::key).toList();
    }

    /** What the app does: a run that fails for a passing reason is tried again a minute later. */
    static void runUntilDone(HistorySync sync, VirtualClock time) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                sync.run(USER);
                return;
            } catch (ListenBrainzException e) {
                assertThat(e.isTransient()).as(e.getMessage()).isTrue();
                assertThat(attempt).as("runs needed").isLessThan(100);
                time.advance(60_000);
            }
        }
    }

    /** Lets {@code okWrites} pages through, then fails like a full disk. */
    private static final class FailingStore implements ListenStore {
        private final ListenStore delegate;
        private int okWrites;

        FailingStore(ListenStore delegate, int okWrites) {
            this.delegate = delegate;
            this.okWrites = okWrites;
        }

        @Override
        public long newestListenedAt() {
            return delegate.newestListenedAt();
        }

        @Override
        public long oldestListenedAt() {
            return delegate.oldestListenedAt();
        }

        @Override
        public SyncCheckpoint checkpoint() {
            return delegate.checkpoint();
        }

        @Override
        public void apply(PageWrite page) {
            if (okWrites-- <= 0) {
                throw new IllegalStateException("QuotaExceededError");
            }
            delegate.apply(page);
        }

        @Override
        public int merge(List<Listen> listens) {
            throw new UnsupportedOperationException("the sync never merges");
        }

        @Override
        public int count() {
            return delegate.count();
        }

        @Override
        public List<Listen> all() {
            return delegate.all();
        }
    }
}
