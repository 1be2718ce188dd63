package starman.store;

import starman.model.TrackMetadata;

/**
 * Port: what an upper layer works out once per distinct track (for the metrics index: whether it is the chosen
 * artist's, its canonical keys, its length), kept by the store with the track and persisted with it, so a cold
 * start reads these integers instead of doing text work per track.
 */
public interface TrackJudge {
    /**
     * Names the rules and settings the facts follow (a version of the rules, the chosen artist...): facts saved
     * under other rules are not used, and the tracks are judged again.
     */
    String rules();

    /**
     * The facts of a track, as ints (never empty); strings among them are interned in {@code strings}, which
     * the store persists with the facts. {@code track} carries what the track table holds (see
     * {@link TrackCodec#judged}).
     */
    int[] judge(TrackMetadata track, ListenDictionary strings);
}
