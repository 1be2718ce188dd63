package starman.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The listens of a block, oldest first, exactly as they were encoded. */
    public static List<Listen> decode(byte[] block, ListenDictionary dictionary) {
        return decode(block, dictionary, new Tracks());
    }

    /**
     * Decodes with a cache of track metadata shared across blocks: listens of one track from one player
     * share their strings, so each such metadata is parsed once and the listens share one object.
     */
    public static List<Listen> decode(byte[] block, ListenDictionary dictionary, Tracks tracks) {
        Columns c = columns(block);
        List<Listen> listens = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            listens.add(new Listen(c.listenedAt()[i], c.insertedAt()[i], string(dictionary, c.msid()[i]),
                    string(dictionary, c.user()[i]), tracks.get(c, i, dictionary)));
        }
        return listens;
    }

    /** Track metadata by its dictionary ids (artist, track, release, the rest as JSON), decoded once each. */
    public static final class Tracks {
        private final Map<TrackIds, TrackMetadata> decoded = new HashMap<>();

        private record TrackIds(int artist, int track, int release, int extra) {
        }

        TrackMetadata get(Columns c, int i, ListenDictionary dictionary) {
            return decoded.computeIfAbsent(new TrackIds(c.artist()[i], c.track()[i], c.release()[i], c.extra()[i]),
                    ids -> {
                        TrackMetadata rest = ids.extra() < 0 ? null : readExtra(dictionary.string(ids.extra()));
                        return new TrackMetadata(string(dictionary, ids.artist()), string(dictionary, ids.track()),
                                string(dictionary, ids.release()), rest == null ? null : rest.additionalInfo(),
                                rest == null ? null : rest.mbidMapping());
                    });
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
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = (int) read() - 1;
            }
            return ids;
        }
    }
}
