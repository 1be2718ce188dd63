package starman.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonReader;
import starman.model.AdditionalInfo;
import starman.model.ListenJson;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

/**
 * A listen's {@link TrackMetadata} as two numbers: its track (the {@link TrackTable} entry of what decides how it
 * counts) and its extra (a dictionary record of everything else the player and the mapper sent, every value
 * interned, so a record is a few bytes of ids however fat the line was). {@link #decode} gives the metadata back
 * exactly: an export of the store is what was imported.
 *
 * <p>An extra record: a varint of flags, then the values the flags announce in flag order, then
 * {@code additional_info}'s other fields (count, then name id and value each), then the mapping's artists
 * (count, then MBID, credit and join phrase, each an id + 1 or 0). A value is a tag and its payload (see
 * {@link #writeValue}), so nested JSON survives as the same Java values {@code JsonReader.readValue} gave.
 */
public final class TrackCodec {
    private static final int DURATION_MS = 1;
    private static final int DURATION_SECONDS = 2;
    private static final int TRACK_NUMBER = 4;
    private static final int CLIENT = 8;
    private static final int MAPPING = 16;
    private static final int RECORDING_NAME = 32;
    private static final int CAA_ID = 64;
    private static final int CAA_RELEASE = 128;

    private static final int NULL = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int STRING = 5;
    private static final int LIST = 6;
    private static final int MAP = 7;

    private final ListenDictionary dictionary;
    private final TrackTable tracks;
    private final int[] fields = new int[TrackTable.FIELDS];
    /** Where records are written; swapped for a value's own buffer while it is read. */
    private Varints out = new Varints(256);

    public TrackCodec(ListenDictionary dictionary, TrackTable tracks) {
        this.dictionary = dictionary;
        this.tracks = tracks;
    }

    /** The number of the metadata's track, its strings interned and the track added when new. */
    public synchronized int track(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        AdditionalInfo info = t.additionalInfo();
        fields[TrackTable.ARTIST] = ref(t.artistName());
        fields[TrackTable.TITLE] = ref(t.trackName());
        fields[TrackTable.RELEASE] = ref(t.releaseName());
        fields[TrackTable.MAPPED_RECORDING] = m == null ? -1 : ref(m.recordingMbid());
        fields[TrackTable.MAPPED_RELEASE] = m == null ? -1 : ref(m.releaseMbid());
        fields[TrackTable.MAPPED_RELEASE_GROUP] = m == null ? -1 : ref(m.releaseGroupMbid());
        fields[TrackTable.MAPPED_ARTISTS] = m == null ? -1 : list(m.artistMbids());
        fields[TrackTable.RECORDING] = ref(info.recordingMbid());
        fields[TrackTable.RELEASE_MBID] = ref(info.releaseMbid());
        fields[TrackTable.RELEASE_GROUP] = ref(info.releaseGroupMbid());
        fields[TrackTable.ARTISTS] = list(info.artistMbids());
        fields[TrackTable.DURATION_MS] = (int) Math.min(Integer.MAX_VALUE, info.effectiveDurationMs());
        return tracks.number(fields);
    }

    /** The id of the metadata's extra record, added when new; -1 when the track says it all. */
    public synchronized int extra(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        AdditionalInfo info = t.additionalInfo();
        int flags = (info.durationMs() != null ? DURATION_MS : 0) | (info.durationSeconds() != null ? DURATION_SECONDS : 0)
                | (info.trackNumber() != null ? TRACK_NUMBER : 0) | (info.submissionClient() != null ? CLIENT : 0);
        if (m != null) {
            flags |= MAPPING | (m.recordingName() != null ? RECORDING_NAME : 0) | (m.caaId() != null ? CAA_ID : 0)
                    | (m.caaReleaseMbid() != null ? CAA_RELEASE : 0);
        }
        if (flags == 0 && info.other().isEmpty()) {
            return -1;
        }
        out.clear();
        out.write(flags);
        if (info.durationMs() != null) {
            out.write(info.durationMs());
        }
        if (info.durationSeconds() != null) {
            out.write(info.durationSeconds());
        }
        if (info.trackNumber() != null) {
            out.write(info.trackNumber());
        }
        if (info.submissionClient() != null) {
            out.write(dictionary.id(info.submissionClient()));
        }
        if (m != null) {
            if (m.recordingName() != null) {
                out.write(dictionary.id(m.recordingName()));
            }
            if (m.caaId() != null) {
                out.writeSigned(m.caaId());
            }
            if (m.caaReleaseMbid() != null) {
                out.write(dictionary.id(m.caaReleaseMbid()));
            }
        }
        out.write(info.other().size());
        for (Map.Entry<String, Object> e : info.other().entrySet()) {
            out.write(dictionary.id(e.getKey()));
            writeValue(e.getValue());
        }
        if (m != null) {
            out.write(m.artists().size());
            for (MbidMapping.MappedArtist a : m.artists()) {
                out.write(ref(a.artistMbid()) + 1L);
                out.write(ref(a.artistCreditName()) + 1L);
                out.write(ref(a.joinPhrase()) + 1L);
            }
        }
        return dictionary.recordId(out.buffer(), 0, out.length());
    }

    /** A plain JSON value as a tag and its payload; strings by id, so they are shared with everything else. */
    private void writeValue(Object v) {
        if (v == null) {
            out.write(NULL);
        } else if (v instanceof Boolean b) {
            out.write(b ? TRUE : FALSE);
        } else if (v instanceof Long || v instanceof Integer) {
            out.write(LONG);
            out.writeSigned(((Number) v).longValue());
        } else if (v instanceof Number n) {
            out.write(DOUBLE);
            out.writeFixed64(Double.doubleToRawLongBits(n.doubleValue()));
        } else if (v instanceof String s) {
            out.write(STRING);
            out.write(dictionary.id(s));
        } else if (v instanceof List<?> list) {
            out.write(LIST);
            out.write(list.size());
            for (Object item : list) {
                writeValue(item);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.write(MAP);
            out.write(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.write(dictionary.id((String) e.getKey()));
                writeValue(e.getValue());
            }
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v);
        }
    }

    /**
     * Reads a {@code track_metadata} object from JSON straight into numbers: {@code out[0]} its track, {@code out[1]}
     * its extra record (-1 for none), {@code out[2]} the msid it carries (-1 for none), exactly what
     * {@link #track}, {@link #extra} and the msid of {@code ListenJson.readTrack} would give, but with no metadata
     * object and no String for any string value. An import reads each distinct submission this way.
     */
    public synchronized void read(JsonReader r, int[] out) {
        Read t = new Read();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "artist_name": t.artist = span(r); break;
                case "track_name": t.title = span(r); break;
                case "release_name": t.release = span(r); break;
                case "recording_msid": t.msid = span(r); break;
                case "additional_info": t.readInfo(r); break;
                case "mbid_mapping": t.readMapping(r); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        out[0] = t.track();
        out[1] = t.extra();
        out[2] = t.msid >= 0 ? t.msid : t.otherMsid();
    }

    /** A string (or number, as nextString reads one) as its id; -1 for null. */
    private int span(JsonReader r) {
        return r.nextStringSpan() ? dictionary.id(r.spanBytes(), r.spanStart(), r.spanLength()) : -1;
    }

    /** What one track_metadata object said, as ids, while it is read (see {@link #read}). */
    private final class Read {
        int artist = -1;
        int title = -1;
        int release = -1;
        int msid = -1;
        Long durationMs;
        Long durationSeconds;
        int recording = -1;
        int releaseMbid = -1;
        int releaseGroup = -1;
        int[] artistMbids = new int[0];
        Integer trackNumber;
        int client = -1;
        /** additional_info's other fields: name ids, and each value's encoding in {@link #values}. */
        int[] otherNames = new int[8];
        int[] otherStarts = new int[8];
        int[] otherEnds = new int[8];
        int otherCount;
        final Varints values = new Varints(128);
        boolean mapped;
        int mappedRecording = -1;
        int recordingName = -1;
        int mappedRelease = -1;
        int mappedReleaseGroup = -1;
        int[] mappedArtists = new int[0];
        int[] credits = new int[0];
        Long caaId;
        int caaRelease = -1;

        void readInfo(JsonReader r) {
            durationMs = null;
            durationSeconds = null;
            recording = releaseMbid = releaseGroup = client = -1;
            artistMbids = new int[0];
            trackNumber = null;
            otherCount = 0;
            values.clear();
            if (r.skipNull()) {
                return;
            }
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case "duration_ms": durationMs = ListenJson.positiveOrNull(r.readValue()); break;
                    case "duration": durationSeconds = ListenJson.positiveOrNull(r.readValue()); break;
                    case "recording_mbid": recording = span(r); break;
                    case "release_mbid": releaseMbid = span(r); break;
                    case "release_group_mbid": releaseGroup = span(r); break;
                    case "artist_mbids": artistMbids = r.skipNull() ? new int[0] : strings(r); break;
                    case "submission_client": client = span(r); break;
                    case "tracknumber": {
                        Object raw = r.readValue();
                        Integer n = ListenJson.trackNumber(raw);
                        if (n != null) {
                            trackNumber = n;
                        } else if (raw != null) {
                            other(name, () -> writeValue(raw));
                        }
                        break;
                    }
                    default: other(name, () -> writeJson(r));
                }
            }
            r.endObject();
        }

        /** Another field, kept where it first came, as a map keeps a name given twice. */
        void other(String name, Runnable write) {
            int id = dictionary.id(name);
            int start = values.length();
            Varints saved = out;
            out = values;
            try {
                write.run();
            } finally {
                out = saved;
            }
            for (int i = 0; i < otherCount; i++) {
                if (otherNames[i] == id) {
                    otherStarts[i] = start;
                    otherEnds[i] = values.length();
                    return;
                }
            }
            if (otherCount == otherNames.length) {
                otherNames = Arrays.copyOf(otherNames, 2 * otherCount);
                otherStarts = Arrays.copyOf(otherStarts, 2 * otherCount);
                otherEnds = Arrays.copyOf(otherEnds, 2 * otherCount);
            }
            otherNames[otherCount] = id;
            otherStarts[otherCount] = start;
            otherEnds[otherCount++] = values.length();
        }

        void readMapping(JsonReader r) {
            mapped = !r.skipNull();
            mappedRecording = recordingName = mappedRelease = mappedReleaseGroup = caaRelease = -1;
            mappedArtists = new int[0];
            credits = new int[0];
            caaId = null;
            if (!mapped) {
                return;
            }
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "recording_mbid": mappedRecording = span(r); break;
                    case "recording_name": recordingName = span(r); break;
                    case "release_mbid": mappedRelease = span(r); break;
                    case "release_group_mbid": mappedReleaseGroup = span(r); break;
                    case "artist_mbids": mappedArtists = r.skipNull() ? new int[0] : strings(r); break;
                    case "artists": credits = r.skipNull() ? new int[0] : credits(r); break;
                    case "caa_id": caaId = r.skipNull() ? null : r.nextLong(); break;
                    case "caa_release_mbid": caaRelease = span(r); break;
                    default: r.skipValue();
                }
            }
            r.endObject();
        }

        /** An array of strings, nulls left out, as ids. */
        int[] strings(JsonReader r) {
            int[] ids = new int[4];
            int n = 0;
            r.beginArray();
            while (r.hasNext()) {
                int id = span(r);
                if (id >= 0) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, 2 * n);
                    }
                    ids[n++] = id;
                }
            }
            r.endArray();
            return Arrays.copyOf(ids, n);
        }

        /** The mapping's artists: MBID, credit and join phrase ids (-1 for none), three per artist. */
        int[] credits(JsonReader r) {
            int[] ids = new int[6];
            int n = 0;
            r.beginArray();
            while (r.hasNext()) {
                int mbid = -1;
                int credit = -1;
                int join = -1;
                r.beginObject();
                while (r.hasNext()) {
                    switch (r.nextName()) {
                        case "artist_mbid": mbid = span(r); break;
                        case "artist_credit_name": credit = span(r); break;
                        case "join_phrase": join = span(r); break;
                        default: r.skipValue();
                    }
                }
                r.endObject();
                if (n + 3 > ids.length) {
                    ids = Arrays.copyOf(ids, 2 * ids.length);
                }
                ids[n++] = mbid;
                ids[n++] = credit;
                ids[n++] = join;
            }
            r.endArray();
            return Arrays.copyOf(ids, n);
        }

        int track() {
            long effective = durationMs != null && durationMs > 0 ? durationMs
                    : durationSeconds != null && durationSeconds > 0 ? durationSeconds * 1000 : -1;
            fields[TrackTable.ARTIST] = artist >= 0 ? artist : dictionary.id("");
            fields[TrackTable.TITLE] = title >= 0 ? title : dictionary.id("");
            fields[TrackTable.RELEASE] = release;
            fields[TrackTable.MAPPED_RECORDING] = mapped ? mappedRecording : -1;
            fields[TrackTable.MAPPED_RELEASE] = mapped ? mappedRelease : -1;
            fields[TrackTable.MAPPED_RELEASE_GROUP] = mapped ? mappedReleaseGroup : -1;
            fields[TrackTable.MAPPED_ARTISTS] = mapped ? list(mappedArtists, mappedArtists.length) : -1;
            fields[TrackTable.RECORDING] = recording;
            fields[TrackTable.RELEASE_MBID] = releaseMbid;
            fields[TrackTable.RELEASE_GROUP] = releaseGroup;
            fields[TrackTable.ARTISTS] = list(artistMbids, artistMbids.length);
            fields[TrackTable.DURATION_MS] = (int) Math.min(Integer.MAX_VALUE, effective);
            return tracks.number(fields);
        }

        int extra() {
            int flags = (durationMs != null ? DURATION_MS : 0) | (durationSeconds != null ? DURATION_SECONDS : 0)
                    | (trackNumber != null ? TRACK_NUMBER : 0) | (client >= 0 ? CLIENT : 0);
            if (mapped) {
                flags |= MAPPING | (recordingName >= 0 ? RECORDING_NAME : 0) | (caaId != null ? CAA_ID : 0)
                        | (caaRelease >= 0 ? CAA_RELEASE : 0);
            }
            if (flags == 0 && otherCount == 0) {
                return -1;
            }
            out.clear();
            out.write(flags);
            if (durationMs != null) {
                out.write(durationMs);
            }
            if (durationSeconds != null) {
                out.write(durationSeconds);
            }
            if (trackNumber != null) {
                out.write(trackNumber);
            }
            if (client >= 0) {
                out.write(client);
            }
            if (mapped) {
                if (recordingName >= 0) {
                    out.write(recordingName);
                }
                if (caaId != null) {
                    out.writeSigned(caaId);
                }
                if (caaRelease >= 0) {
                    out.write(caaRelease);
                }
            }
            out.write(otherCount);
            for (int i = 0; i < otherCount; i++) {
                out.write(otherNames[i]);
                out.writeBytes(values.buffer(), otherStarts[i], otherEnds[i] - otherStarts[i]);
            }
            if (mapped) {
                out.write(credits.length / 3);
                for (int id : credits) {
                    out.write(id + 1L);
                }
            }
            return dictionary.recordId(out.buffer(), 0, out.length());
        }

        /** additional_info's own {@code recording_msid}, when it is a string. */
        int otherMsid() {
            int name = dictionary.find("recording_msid");
            for (int i = 0; i < otherCount; i++) {
                if (otherNames[i] == name) {
                    Varints.Reader value = new Varints.Reader(values.buffer(), otherStarts[i],
                            otherEnds[i] - otherStarts[i]);
                    return value.readInt() == STRING ? value.readInt() : -1;
                }
            }
            return -1;
        }
    }

    /**
     * A JSON value from the reader, encoded as {@link #writeValue} encodes what {@code JsonReader.readValue} would
     * have made of it: strings and arrays straight from the bytes; an object (rare) through readValue, which
     * keeps a name given twice where it first came.
     */
    private void writeJson(JsonReader r) {
        switch (r.peek()) {
            case STRING -> {
                out.write(STRING);
                out.write(span(r));
            }
            case BEGIN_ARRAY -> {
                Varints items = new Varints(32);
                Varints saved = out;
                out = items;
                int n = 0;
                try {
                    r.beginArray();
                    while (r.hasNext()) {
                        writeJson(r);
                        n++;
                    }
                    r.endArray();
                } finally {
                    out = saved;
                }
                out.write(LIST);
                out.write(n);
                out.writeBytes(items.buffer(), 0, items.length());
            }
            default -> writeValue(r.readValue());
        }
    }

    /** The metadata of a track and its extra record (-1 for none), exactly as it was encoded. */
    public TrackMetadata decode(int track, int extra) {
        if (extra < 0) {
            return judged(track);
        }
        Varints.Reader in = new Varints.Reader(dictionary.record(extra));
        int flags = in.readInt();
        Long durationMs = (flags & DURATION_MS) != 0 ? in.read() : null;
        Long durationSeconds = (flags & DURATION_SECONDS) != 0 ? in.read() : null;
        Integer trackNumber = (flags & TRACK_NUMBER) != 0 ? in.readInt() : null;
        String client = (flags & CLIENT) != 0 ? dictionary.string(in.readInt()) : null;
        String recordingName = (flags & RECORDING_NAME) != 0 ? dictionary.string(in.readInt()) : null;
        Long caaId = (flags & CAA_ID) != 0 ? in.readSigned() : null;
        String caaRelease = (flags & CAA_RELEASE) != 0 ? dictionary.string(in.readInt()) : null;
        int otherCount = in.readInt();
        Map<String, Object> other = new LinkedHashMap<>();
        for (int i = 0; i < otherCount; i++) {
            other.put(dictionary.string(in.readInt()), readValue(in));
        }
        MbidMapping mapping = null;
        if ((flags & MAPPING) != 0) {
            int artistCount = in.readInt();
            List<MbidMapping.MappedArtist> artists = new ArrayList<>(artistCount);
            for (int i = 0; i < artistCount; i++) {
                artists.add(new MbidMapping.MappedArtist(string(in.readInt() - 1), string(in.readInt() - 1),
                        string(in.readInt() - 1)));
            }
            mapping = new MbidMapping(field(track, TrackTable.MAPPED_RECORDING), recordingName,
                    field(track, TrackTable.MAPPED_RELEASE), field(track, TrackTable.MAPPED_RELEASE_GROUP),
                    strings(tracks.field(track, TrackTable.MAPPED_ARTISTS)), artists, caaId, caaRelease);
        }
        in.expectEnd("track's extra record");
        AdditionalInfo info = new AdditionalInfo(durationMs, durationSeconds, field(track, TrackTable.RECORDING),
                field(track, TrackTable.RELEASE_MBID), field(track, TrackTable.RELEASE_GROUP),
                strings(tracks.field(track, TrackTable.ARTISTS)), trackNumber, client, other);
        return new TrackMetadata(field(track, TrackTable.ARTIST), field(track, TrackTable.TITLE),
                field(track, TrackTable.RELEASE), info, mapping);
    }

    /**
     * What the track alone says: names, MBIDs and the duration, all that deciding how a listen counts reads (the
     * artist filter, the normaliser, the length), without the extra record's fields.
     */
    public TrackMetadata judged(int track) {
        long ms = tracks.field(track, TrackTable.DURATION_MS);
        boolean mapped = tracks.field(track, TrackTable.MAPPED_RECORDING) >= 0
                || tracks.field(track, TrackTable.MAPPED_RELEASE) >= 0
                || tracks.field(track, TrackTable.MAPPED_RELEASE_GROUP) >= 0
                || tracks.field(track, TrackTable.MAPPED_ARTISTS) >= 0;
        MbidMapping mapping = mapped ? new MbidMapping(field(track, TrackTable.MAPPED_RECORDING), null,
                field(track, TrackTable.MAPPED_RELEASE), field(track, TrackTable.MAPPED_RELEASE_GROUP),
                strings(tracks.field(track, TrackTable.MAPPED_ARTISTS)), List.of(), null, null) : null;
        AdditionalInfo info = new AdditionalInfo(ms >= 0 ? ms : null, null, field(track, TrackTable.RECORDING),
                field(track, TrackTable.RELEASE_MBID), field(track, TrackTable.RELEASE_GROUP),
                strings(tracks.field(track, TrackTable.ARTISTS)), null, null, Map.of());
        return new TrackMetadata(field(track, TrackTable.ARTIST), field(track, TrackTable.TITLE),
                field(track, TrackTable.RELEASE), info, mapping);
    }

    private Object readValue(Varints.Reader in) {
        int tag = in.readInt();
        switch (tag) {
            case NULL: return null;
            case FALSE: return false;
            case TRUE: return true;
            case LONG: return in.readSigned();
            case DOUBLE: return Double.longBitsToDouble(in.readFixed64());
            case STRING: return dictionary.string(in.readInt());
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(dictionary.string(in.readInt()), readValue(in));
                }
                return map;
            }
            default: throw new IllegalArgumentException("unknown value tag " + tag + " in a track's extra record");
        }
    }

    private String field(int track, int field) {
        return string(tracks.field(track, field));
    }

    private String string(int id) {
        return id < 0 ? null : dictionary.string(id);
    }

    private int ref(String s) {
        return s == null ? -1 : dictionary.id(s);
    }

    /** A list of strings as a record of their ids; -1 for an empty list, which is what no list reads as. */
    private int list(List<String> values) {
        int[] ids = new int[values.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = dictionary.id(values.get(i));
        }
        return list(ids, ids.length);
    }

    private int list(int[] ids, int n) {
        if (n == 0) {
            return -1;
        }
        Varints record = new Varints(4 * n + 4);
        record.write(n);
        for (int i = 0; i < n; i++) {
            record.write(ids[i]);
        }
        return dictionary.recordId(record.buffer(), 0, record.length());
    }

    private List<String> strings(int record) {
        if (record < 0) {
            return List.of();
        }
        Varints.Reader in = new Varints.Reader(dictionary.record(record));
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(dictionary.string(in.readInt()));
        }
        return strings;
    }
}
