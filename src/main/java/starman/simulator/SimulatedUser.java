package starman.simulator;

import java.util.List;
import starman.model.Listen;
import starman.model.TrackMetadata;

/** A ListenBrainz account on the simulator: its listens, its token and what it is playing now. */
final class SimulatedUser {
    /** A playing-now entry expires after the track's duration, or after this when it has none. */
    static final long PLAYING_NOW_DEFAULT_MILLIS = 600_000;

    private record PlayingNow(TrackMetadata track, long sinceMillis) {
    }

    final String name;
    final String token;
    final ListenStore listens;
    private volatile PlayingNow playingNow;

    SimulatedUser(String name, String token, List<Listen> history) {
        this.name = name;
        this.token = token;
        this.listens = new ListenStore(history);
    }

    /** Playing now as ListenBrainz shows it: the submitted metadata, never a mapping. */
    void playingNow(TrackMetadata track, long nowMillis) {
        playingNow = track == null ? null : new PlayingNow(
                new TrackMetadata(track.artistName(), track.trackName(), track.releaseName(), track.additionalInfo(), null),
                nowMillis);
    }

    /** The current playing-now track, or null when none or expired. */
    TrackMetadata playingNow(long nowMillis) {
        PlayingNow p = playingNow;
        if (p == null) {
            return null;
        }
        long duration = p.track().additionalInfo().effectiveDurationMs();
        long lifetime = duration > 0 ? duration : PLAYING_NOW_DEFAULT_MILLIS;
        return nowMillis - p.sinceMillis() < lifetime ? p.track() : null;
    }
}
