package starman.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.json.JsonWriter;

/**
 * The codec between {@link Listen} and ListenBrainz's listen JSON. Reads both the API shape and the
 * export-file shape (float {@code inserted_at}, {@code recording_msid} inside {@code track_metadata});
 * writes the API shape. Unknown {@code additional_info} fields survive a round trip.
 */
public final class ListenJson {
    private ListenJson() {
    }

    public static Listen parse(String json) {
        JsonReader reader = new JsonReader(json);
        Listen listen = read(reader);
        reader.endDocument();
        return listen;
    }

    public static Listen read(JsonReader r) {
        Collected c = new Collected();
        readFields(r, c);
        return new Listen(c.listenedAt, c.insertedAt, c.msid != null ? c.msid : c.trackMsid[0], c.userName, c.track);
    }

    /** A listen's fields as strings and objects, as {@link #read} makes it. */
    private static final class Collected implements Fields {
        long listenedAt;
        long insertedAt;
        String msid;
        String userName;
        TrackMetadata track;
        final String[] trackMsid = new String[1];

        @Override
        public void listenedAt(long t) {
            listenedAt = t;
        }

        @Override
        public void insertedAt(long t) {
            insertedAt = t;
        }

        @Override
        public void msid(JsonReader r) {
            msid = r.nextStringOrNull();
        }

        @Override
        public void user(JsonReader r) {
            userName = r.nextStringOrNull();
        }

        @Override
        public void track(JsonReader r) {
            track = readTrack(r, trackMsid);
        }

        @Override
        public boolean hasMsid() {
            return msid != null || trackMsid[0] != null;
        }
    }

    /** Hears the top-level fields of one listen as {@link #readFields} reads them. */
    public interface Fields {
        void listenedAt(long listenedAt);

        /** Unix seconds (the whole part of an export's float), 0 for null. */
        void insertedAt(long insertedAt);

        /** {@code recording_msid}'s value (a string or null) comes next: read it. */
        void msid(JsonReader r);

        /** {@code user_name}'s value comes next: read it. */
        void user(JsonReader r);

        /** {@code track_metadata}'s value comes next: read (or pass over) it. */
        void track(JsonReader r);

        /** Whether the listen has an msid, at its top or in its track_metadata: asked once all fields were read. */
        boolean hasMsid();
    }

    /**
     * Reads the top level of a listen (API or export shape), handing each field on as it comes, so one reader makes
     * listen objects and another numbers from the same rules; fails, naming the JSON path, for a listen without
     * {@code listened_at}, {@code track_metadata} or an msid.
     */
    public static void readFields(JsonReader r, Fields fields) {
        boolean sawListenedAt = false;
        boolean sawTrack = false;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "listened_at": fields.listenedAt(r.nextLong()); sawListenedAt = true; break;
                case "inserted_at": fields.insertedAt(r.skipNull() ? 0 : r.nextWholePart()); break;
                case "recording_msid": fields.msid(r); break;
                case "user_name": fields.user(r); break;
                case "track_metadata": fields.track(r); sawTrack = true; break;
                default: r.skipValue();
            }
        }
        String missing = !sawListenedAt ? "listened_at" : !sawTrack ? "track_metadata" : !fields.hasMsid()
                ? "recording_msid" : null;
        if (missing != null) {
            throw new JsonException("listen has no " + missing + " at " + r.path());
        }
        r.endObject();
    }

    /** Reads a JSON array of listens, such as an API page's {@code listens}. */
    public static List<Listen> readArray(JsonReader r) {
        List<Listen> listens = new ArrayList<>();
        r.readArray(() -> listens.add(read(r)));
        return listens;
    }

    /** Reads a {@code track_metadata} object (also used for playing-now entries). */
    public static TrackMetadata readTrack(JsonReader r) {
        return readTrack(r, new String[1]);
    }

    /**
     * Reads a {@code track_metadata} object and hands back the msid it carries in {@code msidOut[0]} (or null):
     * export lines keep it there, and in {@code additional_info}, where some older exports have it alone.
     */
    public static TrackMetadata readTrack(JsonReader r, String[] msidOut) {
        String artist = null;
        String track = null;
        String release = null;
        AdditionalInfo info = null;
        MbidMapping mapping = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "artist_name": artist = r.nextStringOrNull(); break;
                case "track_name": track = r.nextStringOrNull(); break;
                case "release_name": release = r.nextStringOrNull(); break;
                case "additional_info": info = r.skipNull() ? null : readInfo(r); break;
                case "mbid_mapping": mapping = r.skipNull() ? null : readMapping(r); break;
                case "recording_msid": msidOut[0] = r.nextStringOrNull(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        if (msidOut[0] == null && info != null && info.other().get("recording_msid") instanceof String s) {
            msidOut[0] = s;
        }
        return new TrackMetadata(artist == null ? "" : artist, track == null ? "" : track, release, info, mapping);
    }

    /** Where {@link #readCredit} hands the msid it finds, to be read in place (no String made). */
    public interface MsidReader {
        /** Reads the msid value {@code r} is at (a string or null); whether it was not null. */
        boolean read(JsonReader r);
    }

    /**
     * Reads only what decides whose a track is, from a {@code track_metadata} object: the artist credit and the
     * artist MBIDs of the mapping and of the player (all {@code ArtistFilter} reads), and the msid it carries, as
     * {@link #readTrack(JsonReader, String[])} would read them; the rest is passed over unchecked. Most listens of a
     * history are other artists': a reader for one artist decodes those no further. {@code additional_info}, the
     * longest part, is passed over whole first and read (by {@code spare}) only when the mapping names no artist or
     * the msid is not found elsewhere.
     */
    public static TrackMetadata readCredit(JsonReader r, JsonReader spare, MsidReader msid) {
        String artist = null;
        boolean found = false;
        int infoFrom = -1;
        int infoTo = -1;
        boolean mapped = false;
        List<String> mappedArtists = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "artist_name": artist = r.nextStringOrNull(); break;
                case "recording_msid": found = msid.read(r); break;
                case "additional_info":
                    if (!r.skipNull()) {
                        infoFrom = r.rawStart();
                        r.skipRawValue();
                        infoTo = r.position();
                    }
                    break;
                case "mbid_mapping":
                    mapped = !r.skipNull();
                    if (mapped) {
                        r.beginObject();
                        while (r.hasNext()) {
                            if (r.nextName().equals("artist_mbids")) {
                                mappedArtists = r.skipNull() ? null : readStrings(r);
                            } else {
                                r.skipRawValue();
                            }
                        }
                        r.endObject();
                    }
                    break;
                default: r.skipRawValue();
            }
        }
        r.endObject();
        List<String> submitted = null;
        boolean artistsKnown = mappedArtists != null && !mappedArtists.isEmpty();
        if (infoFrom >= 0 && (!artistsKnown || !found)) {
            JsonReader info = spare.reset(r.input(), infoFrom, infoTo - infoFrom);
            info.beginObject();
            while (info.hasNext()) {
                String name = info.nextName();
                if (name.equals("artist_mbids")) {
                    submitted = info.skipNull() ? null : readStrings(info);
                } else if (name.equals("recording_msid") && !found && info.peek() == JsonReader.Token.STRING) {
                    found = msid.read(info);
                } else {
                    info.skipRawValue();
                }
            }
            info.endObject();
        }
        AdditionalInfo info = new AdditionalInfo(null, null, null, null, null, submitted, null, null, Map.of());
        return new TrackMetadata(artist == null ? "" : artist, "", null, info,
                mapped ? new MbidMapping(null, null, null, null, mappedArtists, null, null, null) : null);
    }

    private static AdditionalInfo readInfo(JsonReader r) {
        Long durationMs = null;
        Long duration = null;
        String recordingMbid = null;
        String releaseMbid = null;
        String releaseGroupMbid = null;
        List<String> artistMbids = null;
        Integer trackNumber = null;
        String client = null;
        Map<String, Object> other = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            switch (name) {
                case "duration_ms": durationMs = positiveOrNull(r.readValue()); break;
                case "duration": duration = positiveOrNull(r.readValue()); break;
                case "recording_mbid": recordingMbid = r.nextStringOrNull(); break;
                case "release_mbid": releaseMbid = r.nextStringOrNull(); break;
                case "release_group_mbid": releaseGroupMbid = r.nextStringOrNull(); break;
                case "artist_mbids": artistMbids = r.skipNull() ? null : readStrings(r); break;
                case "submission_client": client = r.nextStringOrNull(); break;
                case "tracknumber": {
                    Object raw = r.readValue();
                    Integer n = trackNumber(raw);
                    if (n != null) {
                        trackNumber = n;
                    } else if (raw != null) {
                        other.put(name, raw);
                    }
                    break;
                }
                default: other.put(name, r.readValue());
            }
        }
        r.endObject();
        return new AdditionalInfo(durationMs, duration, recordingMbid, releaseMbid, releaseGroupMbid, artistMbids,
                trackNumber, client, other);
    }

    /**
     * A {@code tracknumber} that is a plain positive integer (or its string), else null: then the value is kept as
     * the player sent it, among the other fields.
     */
    public static Integer trackNumber(Object raw) {
        Long n = positiveOrNull(raw);
        return n != null && n <= Integer.MAX_VALUE && String.valueOf(n).equals(String.valueOf(raw)) ? n.intValue() : null;
    }

    /** Players send numbers as numbers, numeric strings or junk; junk and non-positive values mean unknown. */
    public static Long positiveOrNull(Object raw) {
        double d;
        if (raw instanceof Number n) {
            d = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                d = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return d > 0 && d < 9e15 ? Math.round(d) : null;
    }

    private static MbidMapping readMapping(JsonReader r) {
        String recordingMbid = null;
        String recordingName = null;
        String releaseMbid = null;
        String releaseGroupMbid = null;
        List<String> artistMbids = null;
        List<MbidMapping.MappedArtist> artists = null;
        Long caaId = null;
        String caaReleaseMbid = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "recording_mbid": recordingMbid = r.nextStringOrNull(); break;
                case "recording_name": recordingName = r.nextStringOrNull(); break;
                case "release_mbid": releaseMbid = r.nextStringOrNull(); break;
                case "release_group_mbid": releaseGroupMbid = r.nextStringOrNull(); break;
                case "artist_mbids": artistMbids = r.skipNull() ? null : readStrings(r); break;
                case "artists": artists = r.skipNull() ? null : readArtists(r); break;
                case "caa_id": caaId = r.skipNull() ? null : r.nextLong(); break;
                case "caa_release_mbid": caaReleaseMbid = r.nextStringOrNull(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new MbidMapping(recordingMbid, recordingName, releaseMbid, releaseGroupMbid, artistMbids, artists,
                caaId, caaReleaseMbid);
    }

    private static List<MbidMapping.MappedArtist> readArtists(JsonReader r) {
        List<MbidMapping.MappedArtist> artists = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            String mbid = null;
            String credit = null;
            String join = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "artist_mbid": mbid = r.nextStringOrNull(); break;
                    case "artist_credit_name": credit = r.nextStringOrNull(); break;
                    case "join_phrase": join = r.nextStringOrNull(); break;
                    default: r.skipValue();
                }
            }
            r.endObject();
            artists.add(new MbidMapping.MappedArtist(mbid, credit, join));
        }
        r.endArray();
        return artists;
    }

    private static List<String> readStrings(JsonReader r) {
        List<String> list = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            String s = r.nextStringOrNull();
            if (s != null) {
                list.add(s);
            }
        }
        r.endArray();
        return list;
    }

    public static String toJson(Listen listen) {
        JsonWriter w = new JsonWriter();
        write(w, listen);
        return w.toString();
    }

    /** Writes the API shape: listened_at, inserted_at, recording_msid, user_name, track_metadata. */
    public static void write(JsonWriter w, Listen listen) {
        w.beginObject();
        w.name("listened_at").value(listen.listenedAt());
        if (listen.insertedAt() != 0) {
            w.name("inserted_at").value(listen.insertedAt());
        }
        w.name("recording_msid").value(listen.recordingMsid());
        if (listen.userName() != null) {
            w.name("user_name").value(listen.userName());
        }
        w.name("track_metadata");
        writeTrack(w, listen.track());
        w.endObject();
    }

    /**
     * Writes the shape of ListenBrainz's export files, which its importer takes back: only
     * {@code listened_at}, {@code inserted_at} and {@code track_metadata} at the top level, the msid inside
     * {@code track_metadata}, no user name (an export is one user's).
     */
    public static void writeExportLine(JsonWriter w, Listen listen) {
        w.beginObject();
        w.name("listened_at").value(listen.listenedAt());
        if (listen.insertedAt() != 0) {
            w.name("inserted_at").value(listen.insertedAt());
        }
        w.name("track_metadata");
        writeTrack(w, listen.track(), listen.recordingMsid());
        w.endObject();
    }

    public static void writeTrack(JsonWriter w, TrackMetadata t) {
        writeTrack(w, t, null);
    }

    private static void writeTrack(JsonWriter w, TrackMetadata t, String msid) {
        w.beginObject();
        w.name("artist_name").value(t.artistName());
        w.name("track_name").value(t.trackName());
        if (t.releaseName() != null) {
            w.name("release_name").value(t.releaseName());
        }
        optional(w, "recording_msid", msid);
        w.name("additional_info");
        writeInfo(w, t.additionalInfo());
        MbidMapping m = t.mbidMapping();
        if (m != null) {
            w.name("mbid_mapping").beginObject();
            optional(w, "recording_mbid", m.recordingMbid());
            optional(w, "recording_name", m.recordingName());
            optional(w, "release_mbid", m.releaseMbid());
            optional(w, "release_group_mbid", m.releaseGroupMbid());
            w.name("artist_mbids");
            strings(w, m.artistMbids());
            w.name("artists").beginArray();
            for (MbidMapping.MappedArtist a : m.artists()) {
                w.beginObject();
                optional(w, "artist_mbid", a.artistMbid());
                optional(w, "artist_credit_name", a.artistCreditName());
                optional(w, "join_phrase", a.joinPhrase());
                w.endObject();
            }
            w.endArray();
            if (m.caaId() != null) {
                w.name("caa_id").value(m.caaId().longValue());
            }
            optional(w, "caa_release_mbid", m.caaReleaseMbid());
            w.endObject();
        }
        w.endObject();
    }

    private static void writeInfo(JsonWriter w, AdditionalInfo i) {
        w.beginObject();
        if (i.durationMs() != null) {
            w.name("duration_ms").value(i.durationMs().longValue());
        }
        if (i.durationSeconds() != null) {
            w.name("duration").value(i.durationSeconds().longValue());
        }
        optional(w, "recording_mbid", i.recordingMbid());
        optional(w, "release_mbid", i.releaseMbid());
        optional(w, "release_group_mbid", i.releaseGroupMbid());
        if (!i.artistMbids().isEmpty()) {
            w.name("artist_mbids");
            strings(w, i.artistMbids());
        }
        if (i.trackNumber() != null) {
            w.name("tracknumber").value(i.trackNumber().longValue());
        }
        optional(w, "submission_client", i.submissionClient());
        for (Map.Entry<String, Object> e : i.other().entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject();
    }

    private static void optional(JsonWriter w, String name, String value) {
        if (value != null) {
            w.name(name).value(value);
        }
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String s : values) {
            w.value(s);
        }
        w.endArray();
    }
}
