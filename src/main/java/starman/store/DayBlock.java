package starman.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

/**
 * The listens of one UTC day as compact integer columns over a {@link ListenDictionary} (STORAGE.md
 * layout e): one record per day in IndexedDB.
 *
 * <p>Hot fields have their own column (time, msid, artist, track, release, duration, recording,
 * release and release-group MBIDs), so metrics can load a day without touching JSON. Everything
 * else of the track ({@code additional_info} and {@code mbid_mapping} as ListenBrainz sent them) is
 * one JSON string in the dictionary: it repeats per recording, so the dictionary keeps it once, and
 * {@link #decode} gives back the listen exactly.
 *
 * <p>Bytes: version, varint day, varint n, then each column as n varints (column-major). Listens are
 * sorted by (listened_at, msid); seconds are delta-coded; string columns hold id + 1 (0 for none).
 */
public final class DayBlock {
    static final int VERSION = 1;
    public static final long SECONDS_PER_DAY = 86_400;

    /**
     * One day's listens, column by column; string columns hold dictionary ids or -1 for none.
     *
     * @param durationMs the submitted duration, -1 when unknown
     * @param insertedAt unix seconds, 0 when unknown
     */
    public record Columns(int day, long[] listenedAt, long[] insertedAt, int[] msid, int[] user, int[] artist,
                          int[] track, int[] release, long[] durationMs, int[] recordingMbid, int[] releaseMbid,
                          int[] releaseGroupMbid, int[] extra) {
        public int size() {
            return listenedAt.length;
        }
    }

    private DayBlock() {
    }

    /** The UTC day number (days since 1970-01-01) of a unix time; beyond the int range it clamps (open ranges). */
    public static int dayOf(long time) {
        long day = Math.floorDiv(time, SECONDS_PER_DAY);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }

    /** Encodes listens of one day (any order; one per key); adds new strings to the dictionary. */
    public static byte[] encode(List<Listen> listens, ListenDictionary dictionary) {
        if (listens.isEmpty()) {
            throw new IllegalArgumentException("a day block holds at least one listen");
        }
        Listen[] sorted = listens.toArray(new Listen[0]);
        Arrays.sort(sorted, (a, b) -> a.key().compareTo(b.key()));
        int day = dayOf(sorted[0].listenedAt());
        VarintWriter out = new VarintWriter(sorted.length * 16);
        out.write(VERSION);
        out.write(day);
        out.write(sorted.length);
        long previous = day * SECONDS_PER_DAY;
        for (Listen l : sorted) {
            if (dayOf(l.listenedAt()) != day) {
                throw new IllegalArgumentException("listens of more than one day: " + day + " and " + dayOf(l.listenedAt()));
            }
            out.write(l.listenedAt() - previous);
            previous = l.listenedAt();
        }
        column(out, sorted, l -> l.insertedAt() == 0 ? 0 : zigzag(l.insertedAt() - l.listenedAt()) + 1);
        column(out, sorted, l -> ref(dictionary, l.recordingMsid()));
        column(out, sorted, l -> ref(dictionary, l.userName()));
        column(out, sorted, l -> ref(dictionary, l.track().artistName()));
        column(out, sorted, l -> ref(dictionary, l.track().trackName()));
        column(out, sorted, l -> ref(dictionary, l.track().releaseName()));
        column(out, sorted, l -> l.track().additionalInfo().effectiveDurationMs() + 1);
        column(out, sorted, l -> ref(dictionary, mapped(l.track(), MbidMapping::recordingMbid, AdditionalInfo::recordingMbid)));
        column(out, sorted, l -> ref(dictionary, mapped(l.track(), MbidMapping::releaseMbid, AdditionalInfo::releaseMbid)));
        column(out, sorted, l -> ref(dictionary,
                mapped(l.track(), MbidMapping::releaseGroupMbid, AdditionalInfo::releaseGroupMbid)));
        column(out, sorted, l -> ref(dictionary, extraJson(l.track())));
        return out.toBytes();
    }

    public static Columns columns(byte[] block) {
        VarintReader in = new VarintReader(block);
        int version = (int) in.read();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown day block version " + version);
        }
        int day = (int) in.read();
        int n = (int) in.read();
        long[] listenedAt = new long[n];
        long previous = day * SECONDS_PER_DAY;
        for (int i = 0; i < n; i++) {
            previous += in.read();
            listenedAt[i] = previous;
        }
        long[] insertedAt = new long[n];
        for (int i = 0; i < n; i++) {
            long v = in.read();
            insertedAt[i] = v == 0 ? 0 : listenedAt[i] + unzigzag(v - 1);
        }
        int[] msid = in.refs(n);
        int[] user = in.refs(n);
        int[] artist = in.refs(n);
        int[] track = in.refs(n);
        int[] release = in.refs(n);
        long[] durationMs = new long[n];
        for (int i = 0; i < n; i++) {
            durationMs[i] = in.read() - 1;
        }
        return new Columns(day, listenedAt, insertedAt, msid, user, artist, track, release, durationMs,
                in.refs(n), in.refs(n), in.refs(n), in.refs(n));
    }

    /**
     * What a cold start reads of each listen (time, msid and the track's ids), decoded into arrays reused from
     * block to block; the other columns are skipped.
     */
    static final class Rows {
        int size;
        long[] listenedAt = new long[0];
        int[] msid = new int[0];
        int[] artist = new int[0];
        int[] track = new int[0];
        int[] release = new int[0];
        int[] extra = new int[0];

        void read(byte[] block) {
            VarintReader in = new VarintReader(block);
            int version = (int) in.read();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown day block version " + version);
            }
            int day = (int) in.read();
            size = (int) in.read();
            if (listenedAt.length < size) {
                int capacity = Math.max(size, 2 * listenedAt.length);
                listenedAt = new long[capacity];
                msid = new int[capacity];
                artist = new int[capacity];
                track = new int[capacity];
                release = new int[capacity];
                extra = new int[capacity];
            }
            long previous = day * SECONDS_PER_DAY;
            for (int i = 0; i < size; i++) {
                previous += in.read();
                listenedAt[i] = previous;
            }
            in.skip(size); // inserted_at
            in.refs(size, msid);
            in.skip(size); // user
            in.refs(size, artist);
            in.refs(size, track);
            in.refs(size, release);
            in.skip(4 * size); // duration, recording, release and release group MBIDs
            in.refs(size, extra);
        }
    }

    /** The number of listens in a block, read from its header alone. */
    public static int size(byte[] block) {
        VarintReader in = new VarintReader(block);
        in.read(); // version
        in.read(); // day
        return (int) in.read();
    }

    /** The listens of a block, oldest first, exactly as they were encoded. */
    public static List<Listen> decode(byte[] block, ListenDictionary dictionary) {
        return decode(block, dictionary, new Tracks());
    }

    /**
     * Decodes with a table of track metadata shared across blocks: listens of one track from one player
     * share their strings, so each such metadata is parsed once and the listens share one object.
     */
    public static List<Listen> decode(byte[] block, ListenDictionary dictionary, Tracks tracks) {
        Columns c = columns(block);
        List<Listen> listens = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            listens.add(listen(c, i, dictionary, tracks.metadata(tracks.number(c, i, dictionary))));
        }
        return listens;
    }

    /** Row {@code i} of a block's columns as a listen, with its track metadata given. */
    static Listen listen(Columns c, int i, ListenDictionary dictionary, TrackMetadata track) {
        return new Listen(c.listenedAt()[i], c.insertedAt()[i], string(dictionary, c.msid()[i]),
                string(dictionary, c.user()[i]), track);
    }

    /**
     * Distinct track metadata by its dictionary ids (artist, track, release, the rest as JSON), each decoded
     * once and numbered densely from 0 in the order first seen. The table is open addressing over int arrays,
     * so looking a row up allocates nothing: a cold start numbers a million rows this way.
     */
    public static final class Tracks {
        /** Four dictionary ids per track number: artist, track, release, extra. */
        private int[] ids = new int[4 * 64];
        /** Track number + 1 per slot, 0 for an empty slot; the length is a power of two. */
        private int[] slots = new int[128];
        private final List<TrackMetadata> metadata = new ArrayList<>();

        /** The number of row {@code i}'s track, decoding its metadata the first time it is seen. */
        public int number(Columns c, int i, ListenDictionary dictionary) {
            return number(c.artist()[i], c.track()[i], c.release()[i], c.extra()[i], dictionary);
        }

        /** The number of the track with these dictionary ids (-1 for none), decoding it the first time. */
        int number(int artist, int track, int release, int extra, ListenDictionary dictionary) {
            int mask = slots.length - 1;
            int at = spread(artist, track, release, extra) & mask;
            while (slots[at] != 0) {
                int n = slots[at] - 1;
                if (ids[4 * n] == artist && ids[4 * n + 1] == track && ids[4 * n + 2] == release
                        && ids[4 * n + 3] == extra) {
                    return n;
                }
                at = (at + 1) & mask;
            }
            int n = metadata.size();
            if (4 * n + 4 > ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[4 * n] = artist;
            ids[4 * n + 1] = track;
            ids[4 * n + 2] = release;
            ids[4 * n + 3] = extra;
            TrackMetadata rest = extra < 0 ? null : readExtra(dictionary.string(extra));
            metadata.add(new TrackMetadata(string(dictionary, artist), string(dictionary, track),
                    string(dictionary, release), rest == null ? null : rest.additionalInfo(),
                    rest == null ? null : rest.mbidMapping()));
            slots[at] = n + 1;
            if (2 * metadata.size() > slots.length) {
                rehash(slots.length * 2);
            }
            return n;
        }

        /** The metadata of a track number. */
        public TrackMetadata metadata(int number) {
            return metadata.get(number);
        }

        /** How many distinct tracks were seen. */
        public int size() {
            return metadata.size();
        }

        private void rehash(int capacity) {
            slots = new int[capacity];
            int mask = capacity - 1;
            for (int n = 0; n < metadata.size(); n++) {
                int at = spread(ids[4 * n], ids[4 * n + 1], ids[4 * n + 2], ids[4 * n + 3]) & mask;
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                slots[at] = n + 1;
            }
        }

        private static int spread(int artist, int track, int release, int extra) {
            int h = (((artist * 31 + track) * 31 + release) * 31 + extra) * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    private static void column(VarintWriter out, Listen[] listens, ToLongFunction<Listen> value) {
        for (Listen listen : listens) {
            out.write(value.applyAsLong(listen));
        }
    }

    /** The mapper's MBID when it matched the listen, else the one the player sent. */
    private static String mapped(TrackMetadata t, Function<MbidMapping, String> fromMapping,
                                 Function<AdditionalInfo, String> fromPlayer) {
        String mbid = t.mbidMapping() == null ? null : fromMapping.apply(t.mbidMapping());
        return mbid != null ? mbid : fromPlayer.apply(t.additionalInfo());
    }

    /** additional_info and mbid_mapping as JSON, or null when there are none. */
    private static String extraJson(TrackMetadata t) {
        if (t.additionalInfo().equals(AdditionalInfo.EMPTY) && t.mbidMapping() == null) {
            return null;
        }
        JsonWriter w = new JsonWriter();
        ListenJson.writeTrack(w, new TrackMetadata("", "", null, t.additionalInfo(), t.mbidMapping()));
        return w.toString();
    }

    private static TrackMetadata readExtra(String json) {
        JsonReader r = new JsonReader(json);
        TrackMetadata track = ListenJson.readTrack(r);
        r.endDocument();
        return track;
    }

    private static long ref(ListenDictionary dictionary, String s) {
        return s == null ? 0 : dictionary.id(s) + 1L;
    }

    private static String string(ListenDictionary dictionary, int id) {
        return id < 0 ? null : dictionary.string(id);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static final class VarintWriter {
        private byte[] bytes;
        private int length;

        VarintWriter(int capacity) {
            bytes = new byte[capacity];
        }

        /** Unsigned LEB128. */
        void write(long v) {
            if (length + 10 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + 10);
            }
            while ((v & ~0x7FL) != 0) {
                bytes[length++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[length++] = (byte) v;
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, length);
        }
    }

    private static final class VarintReader {
        private final byte[] bytes;
        private int pos;

        VarintReader(byte[] bytes) {
            this.bytes = bytes;
        }

        long read() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= bytes.length) {
                    throw new IllegalArgumentException("day block cut short");
                }
                byte b = bytes[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("bad varint in day block");
        }

        /** n string references as dictionary ids, -1 for none. */
        int[] refs(int n) {
            return refs(n, new int[n]);
        }

        int[] refs(int n, int[] ids) {
            for (int i = 0; i < n; i++) {
                ids[i] = (int) read() - 1;
            }
            return ids;
        }

        /** Passes over n varints. */
        void skip(int n) {
            for (int i = 0; i < n; i++) {
                while (pos < bytes.length && bytes[pos] < 0) {
                    pos++;
                }
                if (pos >= bytes.length) {
                    throw new IllegalArgumentException("day block cut short");
                }
                pos++;
            }
        }
    }
}
