package starman.training;

import starman.metrics.ListenIndex;

/** What the training figures read of the artist's listens: rows in time order, as the index keeps them. */
public interface Rows {
    int size();

    long timestamp(int row);

    /** The row's local date, as days since 1970-01-01. */
    int epochDay(int row);

    /** The row's canonical album, or -1. */
    int albumId(int row);

    /** The row's length, or -1 when unknown. */
    int durationMs(int row);

    /** An album's name, as the listens give it. */
    String albumName(int albumId);

    /** The index's rows; the caller holds the index's lock while the figures are computed. */
    static Rows of(ListenIndex index) {
        return new Rows() {
            @Override
            public int size() {
                return index.size();
            }

            @Override
            public long timestamp(int row) {
                return index.timestamp(row);
            }

            @Override
            public int epochDay(int row) {
                return index.epochDay(row);
            }

            @Override
            public int albumId(int row) {
                return index.albumId(row);
            }

            @Override
            public int durationMs(int row) {
                return index.durationMs(row);
            }

            @Override
            public String albumName(int albumId) {
                return index.albumName(albumId);
            }
        };
    }
}
