package starman.sync;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.PlayingNow;
import starman.time.Clock;

/**
 * Lane A: polls playing-now (every 30 s while the page is visible, every 5 min while hidden). When the
 * track's fingerprint changes, it reports the previous track as ended and asks Lane B to catch up.
 */
public final class NowPlayingLane {
    public static final long VISIBLE_POLL_MILLIS = 30_000;
    public static final long HIDDEN_POLL_MILLIS = 300_000;

    /** What to run when a track ended, typically {@code () -> historySync.run(user)}. */
    public interface CatchUp {
        void run() throws IOException;
    }

    private final ListenBrainzClient api;
    private final String user;
    private final Clock clock;
    private final BooleanSupplier visible;
    private final CatchUp catchUp;
    private final Listeners<NowPlayingListener> listeners = new Listeners<>();
    private PlayingNow current;

    public NowPlayingLane(ListenBrainzClient api, String user, Clock clock, BooleanSupplier visible, CatchUp catchUp) {
        this.api = api;
        this.user = user;
        this.clock = clock;
        this.visible = visible;
        this.catchUp = catchUp;
    }

    public void addListener(NowPlayingListener listener) {
        listeners.add(listener);
    }

    public void removeListener(NowPlayingListener listener) {
        listeners.remove(listener);
    }

    /** One poll; returns when (epoch ms) the next should be. */
    public synchronized long tick() throws IOException {
        PlayingNow playing = api.playingNow(user);
        PlayingNow previous = current;
        if (!sameTrack(previous, playing)) {
            current = playing;
            if (previous != null) {
                for (NowPlayingListener listener : listeners.now()) {
                    listener.trackEnded(previous);
                }
            }
            if (playing != null) {
                for (NowPlayingListener listener : listeners.now()) {
                    listener.trackStarted(playing);
                }
            }
            if (previous != null) {
                catchUp.run();
            }
        }
        return clock.nowMillis() + (visible.getAsBoolean() ? VISIBLE_POLL_MILLIS : HIDDEN_POLL_MILLIS);
    }

    /** The track playing at the last poll, or null. */
    public synchronized PlayingNow current() {
        return current;
    }

    private static boolean sameTrack(PlayingNow a, PlayingNow b) {
        return a == null ? b == null : b != null && a.fingerprint().equals(b.fingerprint());
    }
}
