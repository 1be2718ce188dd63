package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.sync.HistorySyncTest.keys;
import static starman.sync.TestListens.T0;
import static starman.sync.TestListens.USER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.RetryPolicy;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.PlayingNow;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.store.InMemoryListenStore;
import starman.time.VirtualClock;

/**
 * Both lanes through the real chain (PoliteClient over JdkTransport) against the real simulator over
 * HTTP on 127.0.0.1, on one virtual clock, with seeded faults. The seeded fault schedules for Lane B alone
 * are {@link FaultScheduleTest}'s.
 */
class SimulatorSyncTest {
    private static final long DAY = 86_400;
    private static final List<Fault> FAULTS = List.of(Fault.drop(), Fault.serverError(500, true),
            Fault.serverError(502, false), Fault.serverError(503, true), Fault.storm(2), Fault.storm(5),
            Fault.slow(3), Fault.truncated());
    private static final JdkTransport TRANSPORT = new JdkTransport(Duration.ofSeconds(10));

    /** The client side of one simulator: polite chain, API, an in-memory store and Lane B. */
    private static final class Client {
        final PoliteClient polite;
        final ListenBrainzClient api;
        final InMemoryListenStore store = new InMemoryListenStore();
        final HistorySync history;

        Client(ListenBrainzSimulator simulator, VirtualClock clock, long seed, int pageSize) {
            polite = PoliteClient.create(TRANSPORT, clock, new PoliteClient.Options(new RetryPolicy(5, 500, 8_000),
                    1_000, seed));
            api = new ListenBrainzClient(polite.http(), simulator.baseUrl());
            history = new HistorySync(api, store, clock, n -> polite.budget().millisFor(n, clock.nowMillis()),
                    new HistorySync.Options(pageSize, 3 * DAY));
        }
    }

    private static VirtualClock clockAfter(List<Listen> history) {
        return new VirtualClock((history.get(history.size() - 1).listenedAt() + 3_600) * 1000);
    }

    /** Exactly the server's listens, field for field; keys first, for a readable failure. */
    private static void assertSameListens(Client client, ListenBrainzSimulator simulator, String when) {
        List<Listen> stored = client.store.all();
        assertThat(keys(stored)).as(when).isEqualTo(keys(simulator.listens(USER)));
        assertThat(stored).as(when).isEqualTo(simulator.listens(USER));
    }

    @Test
    void aTrackChangeOnPlayingNowCatchesUpWithTheListenItLeft() throws Exception {
        List<Listen> history = TestListens.history(new Random(1), T0, 120);
        VirtualClock clock = clockAfter(history);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).user(USER, history)
                .faults(FaultPlan.random(1, 0.2, FAULTS)).start()) {
            Client client = new Client(simulator, clock, 1, 1000);
            client.history.run(USER);
            List<String> ended = new ArrayList<>();
            NowPlayingLane lane = new NowPlayingLane(client.api, USER, clock, () -> true, () -> client.history.run(USER));
            lane.addListener(new NowPlayingListener() {
                @Override
                public void trackStarted(PlayingNow track) {
                }

                @Override
                public void trackEnded(PlayingNow track) {
                    ended.add(track.track().trackName());
                }
            });
            TrackMetadata heroes = TestListens.track("David Bowie", "Heroes");
            simulator.setPlayingNow(USER, heroes);
            lane.tick();
            clock.advance(30_000);
            lane.tick();
            long listensRequests = simulator.stats().requests("listens");
            assertThat(ended).as("the same track, twice").isEmpty();

            clock.advance(180_000);
            long now = clock.nowMillis() / 1000;
            Listen played = new Listen(now - 210, now - 2, "heroes-msid", USER, heroes);
            simulator.addListen(USER, played);
            simulator.setPlayingNow(USER, TestListens.track("David Bowie", "Sound and Vision"));
            lane.tick();

            assertThat(ended).containsExactly("Heroes");
            assertThat(simulator.stats().requests("listens")).isGreaterThan(listensRequests);
            assertThat(keys(client.store.all())).contains(played.key());
            assertSameListens(client, simulator, "after the catch-up");
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }
}
