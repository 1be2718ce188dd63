package starman.fixlist;

import starman.model.TrackMetadata;
import starman.store.DayBlockStore;

/** Port: every stored listen as its key and track number, and each track's metadata (a store's columns). */
public interface StoredRows {
    interface Visitor {
        /** @param msidHash the msid's hash as {@link starman.metrics.ListenIndex#hash} gives it */
        void row(long listenedAt, long msidHash, int track);
    }

    /** Visits every stored listen, whoever the artist. */
    void forEachRow(Visitor visitor);

    /** The metadata of a track numbered as {@link Visitor#row} numbers it. */
    TrackMetadata track(int number);

    /** A day-block store's rows. */
    static StoredRows of(DayBlockStore store) {
        return new StoredRows() {
            @Override
            public void forEachRow(Visitor visitor) {
                store.forEachHashedRow(visitor::row);
            }

            @Override
            public TrackMetadata track(int number) {
                return store.judgedTrack(number);
            }
        };
    }
}
