package starman.store;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct tracks of a history: what decides how a listen is counted (artist, title and release names, the
 * mapping's and the player's MBIDs, the duration), as dictionary ids, numbered densely from 0 for the store's
 * life. However many listens, players and per-listen extras a history has, a track is held once, as
 * {@value #FIELDS} ints, and so is whatever an upper layer works out from it (see {@link TrackJudge}).
 *
 * <p>Persisted like the dictionary: append-only chunks, each keyed by the number of its first track
 * ({@link #toBytes(int)}, {@link #fromChunks}).
 */
public final class TrackTable {
    public static final int ARTIST = 0;
    public static final int TITLE = 1;
    public static final int RELEASE = 2;
    public static final int MAPPED_RECORDING = 3;
    public static final int MAPPED_RELEASE = 4;
    public static final int MAPPED_RELEASE_GROUP = 5;
    /** A record of artist MBID ids (see {@link TrackCodec}), or -1 for none. */
    public static final int MAPPED_ARTISTS = 6;
    public static final int RECORDING = 7;
    public static final int RELEASE_MBID = 8;
    public static final int RELEASE_GROUP = 9;
    public static final int ARTISTS = 10;
    /** The submitted duration in ms (duration_ms, else duration in seconds), -1 when unknown. */
    public static final int DURATION_MS = 11;
    static final int FIELDS = 12;

    private int[] fields = new int[FIELDS * 64];
    private int size;
    /**
     * Track number + 1 per slot, 0 for an empty one; the length is a power of two. Built at the first look-up, so a
     * cold start that only reads tracks never builds it.
     */
    private int[] slots;

    public synchronized int size() {
        return size;
    }

    /** One field of a track. */
    public synchronized int field(int track, int field) {
        if (track < 0 || track >= size) {
            throw new IndexOutOfBoundsException("no track " + track + " of " + size);
        }
        return fields[FIELDS * track + field];
    }

    /** The number of the track with these fields, added when new. */
    public synchronized int number(int[] track) {
        if (slots == null) {
            rehash(Math.max(128, Integer.highestOneBit(Math.max(1, 2 * size - 1)) << 1));
        }
        int mask = slots.length - 1;
        int at = spread(track, 0) & mask;
        while (slots[at] != 0) {
            int n = slots[at] - 1;
            if (same(n, track)) {
                return n;
            }
            at = (at + 1) & mask;
        }
        if (FIELDS * (size + 1) > fields.length) {
            fields = Arrays.copyOf(fields, ListenDictionary.grown(fields.length, FIELDS * (size + 1)));
        }
        System.arraycopy(track, 0, fields, FIELDS * size, FIELDS);
        slots[at] = ++size;
        if (2 * size > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    private boolean same(int n, int[] track) {
        for (int f = 0; f < FIELDS; f++) {
            if (fields[FIELDS * n + f] != track[f]) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            int at = spread(fields, FIELDS * n) & mask;
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = n + 1;
        }
    }

    private static int spread(int[] values, int from) {
        int h = 0;
        for (int i = from; i < from + FIELDS; i++) {
            h = (h + values[i]) * 0x9E3779B9;
        }
        return h ^ (h >>> 16);
    }

    /** The tracks numbered {@code from} on, as one chunk: a count, then each track's fields as varints. */
    public synchronized byte[] toBytes(int from) {
        Varints out = new Varints(16 + (size - from) * FIELDS * 2);
        out.write(size - from);
        for (int i = FIELDS * from; i < FIELDS * size; i++) {
            out.write(fields[i] + 1L);
        }
        return out.toBytes();
    }

    /** The table from its chunks, keyed by the number of their first track, in key order; refuses a gap. */
    public static TrackTable fromChunks(int[] keys, List<byte[]> chunks) {
        TrackTable table = new TrackTable();
        for (int c = 0; c < chunks.size(); c++) {
            if (keys[c] != table.size) {
                throw new IllegalArgumentException("the track chunk of track " + keys[c] + " follows track "
                        + (table.size - 1) + ": a chunk is missing");
            }
            Varints.Reader in = new Varints.Reader(chunks.get(c));
            int count = in.readInt();
            if (FIELDS * (table.size + count) > table.fields.length) {
                table.fields = Arrays.copyOf(table.fields, ListenDictionary.grown(table.fields.length,
                        FIELDS * (table.size + count)));
            }
            for (int i = FIELDS * table.size; i < FIELDS * (table.size + count); i++) {
                table.fields[i] = (int) (in.read() - 1);
            }
            table.size += count;
            in.expectEnd("track chunk");
        }
        return table;
    }
}
