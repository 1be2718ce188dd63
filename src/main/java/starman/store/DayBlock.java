package starman.store;

import java.util.Arrays;

/**
 * The listens of one UTC day as integer columns (STORAGE.md layout e): one record per day in IndexedDB. A listen
 * is six numbers: its time, when ListenBrainz received it, its msid and user (dictionary ids), its track (a
 * {@link TrackTable} number) and its extra record (a dictionary id): a few bytes however fat its line was.
 *
 * <p>Bytes: version, varint day, varint n, then each column as n varints (column-major), so a cold start reads
 * the three columns it needs and skips the rest. Rows are sorted by (listened_at, msid); seconds are
 * delta-coded; id columns hold id + 1 (0 for none).
 */
public final class DayBlock {
    static final int VERSION = 2;
    public static final long SECONDS_PER_DAY = 86_400;

    private DayBlock() {
    }

    /** The UTC day number (days since 1970-01-01) of a unix time; beyond the int range it clamps (open ranges). */
    public static int dayOf(long time) {
        long day = Math.floorDiv(time, SECONDS_PER_DAY);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }

    /**
     * Listens as columns, in arrays that grow and are reused: one day's rows, or a batch on its way into the
     * store. {@code insertedAt} is 0 when unknown; {@code user} and {@code extra} are -1 for none.
     */
    public static final class Rows {
        int size;
        long[] listenedAt = new long[16];
        long[] insertedAt = new long[16];
        int[] msid = new int[16];
        int[] user = new int[16];
        int[] track = new int[16];
        int[] extra = new int[16];

        public int size() {
            return size;
        }

        public void clear() {
            size = 0;
        }

        public void add(long at, long inserted, int msidId, int userId, int trackNumber, int extraId) {
            if (size == listenedAt.length) {
                grow(size * 2);
            }
            listenedAt[size] = at;
            insertedAt[size] = inserted;
            msid[size] = msidId;
            user[size] = userId;
            track[size] = trackNumber;
            extra[size] = extraId;
            size++;
        }

        void add(Rows from, int i) {
            add(from.listenedAt[i], from.insertedAt[i], from.msid[i], from.user[i], from.track[i], from.extra[i]);
        }

        private void grow(int capacity) {
            listenedAt = Arrays.copyOf(listenedAt, capacity);
            insertedAt = Arrays.copyOf(insertedAt, capacity);
            msid = Arrays.copyOf(msid, capacity);
            user = Arrays.copyOf(user, capacity);
            track = Arrays.copyOf(track, capacity);
            extra = Arrays.copyOf(extra, capacity);
        }

        /** Reads every column of a block into these rows (replacing them). */
        void read(byte[] block) {
            Varints.Reader in = new Varints.Reader(block);
            readTimes(in, header(in));
            for (int i = 0; i < size; i++) {
                long v = in.read();
                insertedAt[i] = v == 0 ? 0 : listenedAt[i] + unzigzag(v - 1);
            }
            refs(in, msid);
            refs(in, user);
            refs(in, track);
            refs(in, extra);
            in.expectEnd("day block");
        }

        /** What a cold start needs: time, msid and track; the other columns are skipped. */
        void readKeys(byte[] block) {
            Varints.Reader in = new Varints.Reader(block);
            readTimes(in, header(in));
            in.skip(size); // inserted_at
            refs(in, msid);
            in.skip(size); // user
            refs(in, track);
        }

        /** Reads the version and size; returns the day. */
        private int header(Varints.Reader in) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown day block version " + version);
            }
            int day = (int) in.readSigned();
            int n = in.readInt();
            if (n > listenedAt.length) {
                grow(Math.max(n, 2 * listenedAt.length));
            }
            size = n;
            return day;
        }

        private void readTimes(Varints.Reader in, int day) {
            long previous = day * SECONDS_PER_DAY;
            for (int i = 0; i < size; i++) {
                previous += in.read();
                listenedAt[i] = previous;
            }
        }

        private void refs(Varints.Reader in, int[] ids) {
            for (int i = 0; i < size; i++) {
                ids[i] = in.readInt() - 1;
            }
        }

        /** The rows as a block of {@code day}; they must be sorted and all of that day. */
        byte[] encode(int day) {
            if (size == 0) {
                throw new IllegalArgumentException("a day block holds at least one listen");
            }
            Varints out = new Varints(size * 10 + 16);
            out.write(VERSION);
            out.writeSigned(day);
            out.write(size);
            long previous = day * SECONDS_PER_DAY;
            for (int i = 0; i < size; i++) {
                if (dayOf(listenedAt[i]) != day || listenedAt[i] < previous) {
                    throw new IllegalArgumentException("listens of more than one day, or out of order: day " + day
                            + ", listened_at " + listenedAt[i]);
                }
                out.write(listenedAt[i] - previous);
                previous = listenedAt[i];
            }
            for (int i = 0; i < size; i++) {
                out.write(insertedAt[i] == 0 ? 0 : zigzag(insertedAt[i] - listenedAt[i]) + 1);
            }
            column(out, msid);
            column(out, user);
            column(out, track);
            column(out, extra);
            return out.toBytes();
        }

        private void column(Varints out, int[] ids) {
            for (int i = 0; i < size; i++) {
                out.write(ids[i] + 1L);
            }
        }
    }

    /** The number of listens in a block, read from its header alone. */
    public static int size(byte[] block) {
        Varints.Reader in = new Varints.Reader(block);
        in.read(); // version
        in.read(); // day
        return in.readInt();
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
