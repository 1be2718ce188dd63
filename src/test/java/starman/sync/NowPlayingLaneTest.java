package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.sync.TestListens.T0;
import static starman.sync.TestListens.USER;
import static starman.sync.TestListens.listen;
import static starman.sync.TestListens.track;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.PlayingNow;
import starman.store.InMemoryListenStore;
import starman.time.VirtualClock;

class NowPlayingLaneTest {
    private final VirtualClock clock = new VirtualClock(T0 * 1000);
    private final FakeListenBrainz server = new FakeListenBrainz(clock, USER);
    private final ListenBrainzClient api = new ListenBrainzClient(
            PoliteClient.create(server, clock, PoliteClient.Options.defaults(1)).http(), FakeListenBrainz.ROOT);
    private final List<String> events = new ArrayList<>();
    private boolean visible = true;
    private int catchUps;

    private NowPlayingLane lane(NowPlayingLane.CatchUp catchUp) {
        NowPlayingLane lane = new NowPlayingLane(api, USER, clock, () -> visible, catchUp);
        lane.addListener(new NowPlayingListener() {
            @Override
            public void trackStarted(PlayingNow track) {
                events.add("started " + track.track().trackName());
            }

            @Override
            public void trackEnded(PlayingNow track) {
                events.add("ended " + track.track().trackName());
            }
        });
        return lane;
    }

    private NowPlayingLane lane() {
        return lane(() -> catchUps++);
    }

    @Test
    void aChangedTrackEndsThePreviousOneAndTriggersACatchUp() throws IOException {
        NowPlayingLane lane = lane();
        server.playing(track("A", "One"));
        lane.tick();
        server.playing(track("A", "Two"));
        lane.tick();

        assertThat(events).containsExactly("started One", "ended One", "started Two");
        assertThat(catchUps).isEqualTo(1);
    }

    @Test
    void theSameTrackPolledAgainGivesNoEvents() throws IOException {
        NowPlayingLane lane = lane();
        server.playing(track("A", "One"));
        lane.tick();
        lane.tick();
        server.playing(track("A", "One"));
        lane.tick();

        assertThat(events).containsExactly("started One");
        assertThat(catchUps).isZero();
    }

    @Test
    void stoppingEndsTheTrackOnce() throws IOException {
        NowPlayingLane lane = lane();
        server.playing(track("A", "One"));
        lane.tick();
        server.playing(null);
        lane.tick();
        lane.tick();

        assertThat(events).containsExactly("started One", "ended One");
        assertThat(catchUps).isEqualTo(1);
        assertThat(lane.current()).isNull();
    }

    @Test
    void pollsEveryThirtySecondsWhileVisibleAndSlowerWhileHidden() throws IOException {
        NowPlayingLane lane = lane();

        assertThat(lane.tick() - clock.nowMillis()).isEqualTo(NowPlayingLane.VISIBLE_POLL_MILLIS);
        visible = false;
        assertThat(lane.tick() - clock.nowMillis()).isEqualTo(NowPlayingLane.HIDDEN_POLL_MILLIS);
    }

    @Test
    void aTrackEndBringsItsListenIntoTheStore() throws IOException {
        InMemoryListenStore store = new InMemoryListenStore();
        HistorySync history = new HistorySync(api, store, clock, n -> 0, HistorySync.Options.DEFAULT);
        NowPlayingLane lane = lane(() -> history.run(USER));
        server.playing(track("A", "One"));
        lane.tick();

        server.add(listen(T0 + 200, "one"));
        server.playing(track("A", "Two"));
        lane.tick();

        assertThat(store.all()).extracting(l -> l.recordingMsid()).containsExactly("one");
    }
}
