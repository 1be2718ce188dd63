package starman.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import starman.model.Listen;
import starman.normalize.ArtistFilter;

/**
 * The listens behind one number of the dashboard (a period of the table, a day or an album of the pictures),
 * newest first, with the albums they make (the canonical albums the index counts) and their lengths. Which listens
 * count, their totals and albums come from the index's columns; only the listens asked for, a page at a time, are
 * read from the store's days, so a drill-down costs what it shows, not what it counts. The index is read holding
 * {@code guard} (the lock its owner changes it under); the store is read without it.
 */
public final class DrillDown {
    /** Where the listens shown are read from. */
    public interface Source {
        /**
         * The stored listens with these keys (listened_at and {@link ListenIndex#hash msid hash}), by position: null
         * where none is stored.
         */
        Listen[] listensAt(long[] listenedAt, long[] msidHashes, int n);
    }

    /** Which rows of the index count, worked out again under the guard for every pass (ids move as it changes). */
    public interface Rows {
        IntPredicate counting(ListenIndex index);
    }

    private static final Rows EVERY_ROW = index -> row -> true;

    private final ListenIndex index;
    private final Object guard;
    private final Source store;
    private final Measure measure;
    private final long from;
    private final Rows rows;
    /** The newest counted listen's key when made: pages start there, so listens indexed since do not slip in. */
    private final long topAt;
    private final long topHash;
    private final Totals totals;
    private final List<Album> albums;

    /** One canonical album and how many listens of the drill-down it has. */
    public record Album(String key, String name, int listens) {
    }

    private DrillDown(ListenIndex index, Object guard, Source store, Measure measure, long from, long to, Rows rows) {
        this.index = index;
        this.guard = guard;
        this.store = store;
        this.measure = measure;
        this.from = from;
        this.rows = rows;
        IntPredicate counts = rows.counting(index);
        int lo = index.rowsBefore(from, Long.MIN_VALUE);
        int hi = index.rowsBefore(to, Long.MIN_VALUE);
        int[] perAlbum = new int[index.albumCount()];
        List<Integer> seen = new ArrayList<>(); // album ids by their newest listen
        int songs = 0;
        long known = 0;
        int unknown = 0;
        int top = -1;
        for (int row = hi - 1; row >= lo; row--) {
            if (!counts.test(row)) {
                continue;
            }
            int album = index.albumId(row);
            top = top < 0 ? row : top;
            songs++;
            int ms = index.durationMs(row);
            if (ms >= 0) {
                known += ms;
            } else {
                unknown++;
            }
            if (album >= 0 && perAlbum[album]++ == 0) {
                seen.add(album);
            }
        }
        topAt = top < 0 ? Long.MIN_VALUE : index.timestamp(top);
        topHash = top < 0 ? Long.MIN_VALUE : index.msidHash(top);
        List<Album> made = new ArrayList<>();
        for (int id : seen) {
            made.add(new Album(index.albumKey(id), index.albumName(id), perAlbum[id]));
        }
        // most played first; equal counts keep the order of their newest listen (the sort is stable)
        made.sort((a, b) -> Integer.compare(b.listens(), a.listens()));
        albums = List.copyOf(made);
        totals = new Totals(songs, albums.size(), known, unknown);
    }

    /** The listens behind a number of the table at {@code now}; the caller holds {@code guard}. */
    public static DrillDown of(ListenIndex index, Object guard, Source store, Period period, Measure measure,
            long now) {
        return new DrillDown(index, guard, store, measure, period.start(index.periods(), now), now + 1, EVERY_ROW);
    }

    /** The listens of one local day (an epoch day), as the calendar and the bars count them. */
    public static DrillDown ofDay(ListenIndex index, Object guard, Source store, int epochDay) {
        Periods periods = index.periods();
        return new DrillDown(index, guard, store, Measure.SONGS, periods.startOfDay(epochDay),
                periods.startOfDay(epochDay + 1), EVERY_ROW);
    }

    /** The listens in [from, to) (unix seconds), as a personal best spans them. */
    public static DrillDown ofRange(ListenIndex index, Object guard, Source store, long from, long to) {
        return ofRange(index, guard, store, from, to, Measure.SONGS);
    }

    /** The listens in [from, to), shown for one measure (by album for albums), as a comparison's figure counts them. */
    public static DrillDown ofRange(ListenIndex index, Object guard, Source store, long from, long to,
            Measure measure) {
        return new DrillDown(index, guard, store, measure, from, to, EVERY_ROW);
    }

    /** The listens of one canonical album in [from, to), as a year's top albums count them. */
    public static DrillDown ofAlbum(ListenIndex index, Object guard, Source store, String albumKey, long from,
            long to) {
        return new DrillDown(index, guard, store, Measure.SONGS, from, to, ix -> {
            int target = ix.findAlbum(albumKey); // ids move as albums are regrouped
            return row -> target >= 0 && ix.albumId(row) == target;
        });
    }

    /** The listens of one canonical recording (a key {@link ListenIndex#recordingKey} gives) in [from, to). */
    public static DrillDown ofRecording(ListenIndex index, Object guard, Source store, String recordingKey,
            long from, long to) {
        return new DrillDown(index, guard, store, Measure.SONGS, from, to, ix -> {
            int target = ix.findRecording(recordingKey);
            return row -> target >= 0 && ix.recordingId(row) == target;
        });
    }

    /** The listens of one hour of the week over all time (a {@link ListeningClock} cell), as the clock counts them. */
    public static DrillDown ofClock(ListenIndex index, Object guard, Source store, int cell) {
        return ofRows(index, guard, store, ix -> row -> ListeningClock.cell(ix, row) == cell);
    }

    /** The listens of one canonical album (a key {@link ListenIndex#albumKey} gives), as top albums count them. */
    public static DrillDown ofAlbum(ListenIndex index, Object guard, Source store, String albumKey) {
        return ofAlbum(index, guard, store, albumKey, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The listens of every time that {@code rows} counts: a track or an album of the atlas. */
    public static DrillDown ofRows(ListenIndex index, Object guard, Source store, Rows rows) {
        return new DrillDown(index, guard, store, Measure.SONGS, Long.MIN_VALUE, Long.MAX_VALUE, rows);
    }

    public Measure measure() {
        return measure;
    }

    /** Whose listens these are. */
    public ArtistFilter artist() {
        synchronized (guard) {
            return index.artist();
        }
    }

    /**
     * Up to {@code n} counted listens, newest first, that come after {@code after} (null: from the newest), read
     * from the store. Paging by the last listen shown, not by position, neither repeats nor skips a listen when the
     * index changes between pages.
     */
    public List<Listen> listens(Listen after, int n) {
        Keys keys = new Keys(Math.min(n, totals.songs()));
        synchronized (guard) {
            IntPredicate counts = rows.counting(index);
            for (int row = start(after); row >= 0 && keys.size < keys.at.length && index.timestamp(row) >= from;
                    row--) {
                if (counts.test(row)) {
                    keys.add(row);
                }
            }
        }
        List<Listen> listens = new ArrayList<>(keys.size);
        for (Listen listen : keys.read()) {
            if (listen != null) {
                listens.add(listen);
            }
        }
        return listens;
    }

    /** The row to read down from: the one before {@code after}, or the newest counted when made. */
    private int start(Listen after) {
        if (after != null) {
            return index.rowsBefore(after.listenedAt(), ListenIndex.hash(after.recordingMsid())) - 1;
        }
        int row = index.rowsBefore(topAt, topHash);
        boolean topStays = row < index.size() && index.timestamp(row) == topAt && index.msidHash(row) == topHash;
        return topStays ? row : row - 1;
    }

    /** The distinct canonical albums of the listens, most played first. */
    public List<Album> albums() {
        return albums;
    }

    /**
     * The newest {@code n} listens of each of these albums (of {@link #albums}), newest first, read from the store
     * in one pass down the rows that stops once each album has its {@code n}.
     */
    public List<List<Listen>> newest(List<Album> of, int n) {
        int[] owner;
        Keys keys;
        synchronized (guard) {
            int[] wanted = new int[index.albumCount()];
            Arrays.fill(wanted, -1);
            int[] quota = new int[of.size()]; // listens still to find per album
            int open = 0;
            int capacity = 0;
            for (int i = 0; i < of.size(); i++) {
                int id = index.findAlbum(of.get(i).key());
                if (id >= 0 && wanted[id] < 0) {
                    wanted[id] = i;
                    quota[i] = Math.min(n, of.get(i).listens());
                    open++;
                    capacity += quota[i];
                }
            }
            owner = new int[capacity];
            keys = new Keys(capacity);
            IntPredicate counts = rows.counting(index);
            for (int row = start(null); row >= 0 && open > 0 && index.timestamp(row) >= from; row--) {
                int album = index.albumId(row);
                int i = album < 0 ? -1 : wanted[album];
                if (i >= 0 && quota[i] > 0 && counts.test(row)) {
                    owner[keys.size] = i;
                    keys.add(row);
                    if (--quota[i] == 0) {
                        open--;
                    }
                }
            }
        }
        List<List<Listen>> newest = new ArrayList<>();
        for (int i = 0; i < of.size(); i++) {
            newest.add(new ArrayList<>());
        }
        Listen[] read = keys.read();
        for (int k = 0; k < keys.size; k++) {
            if (read[k] != null) {
                newest.get(owner[k]).add(read[k]);
            }
        }
        return newest;
    }

    /** The numbers these listens add up to: the table's row for the period. */
    public Totals totals() {
        return totals;
    }

    /** How a listen of this drill-down was counted. */
    public Resolution explain(Listen listen) {
        synchronized (guard) {
            return index.explain(listen);
        }
    }

    /** The keys of rows to read, in order. */
    private final class Keys {
        final long[] at;
        final long[] hash;
        int size;

        Keys(int capacity) {
            at = new long[capacity];
            hash = new long[capacity];
        }

        void add(int row) {
            at[size] = index.timestamp(row);
            hash[size] = index.msidHash(row);
            size++;
        }

        Listen[] read() {
            return store.listensAt(at, hash, size);
        }
    }
}
