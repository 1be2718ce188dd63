package starman.sync;

import starman.listenbrainz.PlayingNow;

/** Hears what Lane A sees of the player. */
public interface NowPlayingListener {
    /** A new track started playing. */
    void trackStarted(PlayingNow track);

    /** The track that was playing changed or stopped: its listen is about to land. */
    void trackEnded(PlayingNow track);
}
