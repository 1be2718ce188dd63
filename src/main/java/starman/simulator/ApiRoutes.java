package starman.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.TrackMetadata;
import starman.simulator.Catalogue.Album;
import starman.simulator.Catalogue.Artist;
import starman.simulator.Catalogue.Recording;
import starman.simulator.Catalogue.Release;
import starman.time.Clock;

/** The ListenBrainz API endpoints the simulator answers, with ListenBrainz's semantics and JSON shapes. */
final class ApiRoutes {
    static final int DEFAULT_COUNT = 25;
    static final int MAX_COUNT = 1000;
    private static final Set<String> INCS = Set.of("artist", "tag", "release", "recording", "release_group");

    /** An answer before rate-limit and CORS headers are added. */
    record Answer(int status, String contentType, String body) {
        static Answer json(int status, JsonWriter w) {
            return new Answer(status, "application/json", w.toString());
        }

        static Answer error(int status, String message) {
            JsonWriter w = new JsonWriter().beginObject();
            w.name("code").value(status).name("error").value(message);
            return json(status, w.endObject());
        }
    }

    /** A request parameter that cannot be used: answered with a 400. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, SimulatedUser> users;
    /** ListenBrainz finds users by LOWER(musicbrainz_id): "ROB" is rob. */
    private final Map<String, SimulatedUser> byLowerCaseName = new HashMap<>();
    private final Catalogue catalogue;
    private final Clock clock;
    /** Null: every answer is fresh. */
    private final ResponseCache cache;

    ApiRoutes(Map<String, SimulatedUser> users, Catalogue catalogue, Clock clock, ResponseCache cache) {
        this.users = users;
        users.values().forEach(user -> byLowerCaseName.put(user.name.toLowerCase(Locale.ROOT), user));
        this.catalogue = catalogue;
        this.clock = clock;
        this.cache = cache;
    }

    /** The endpoint's name for the statistics. */
    static String endpoint(String path) {
        String[] p = segments(path);
        if (!p[0].equals("1")) {
            return "unknown";
        }
        if (p.length == 4 && p[1].equals("user")) {
            return switch (p[3]) {
                case "listens", "playing-now", "listen-count" -> p[3];
                default -> "unknown";
            };
        }
        if (p.length == 2 && p[1].equals("validate-token")) {
            return "validate-token";
        }
        if (p.length == 3 && p[1].equals("metadata")
                && (p[2].equals("recording") || p[2].equals("submit_manual_mapping") || p[2].equals("release_group") || p[2].equals("artist"))) {
            return "metadata/" + p[2];
        }
        return "unknown";
    }

    Answer answer(String method, String path, Map<String, String> query, String authorization, String body) {
        try {
            String[] p = segments(path);
            String endpoint = endpoint(path);
            if (endpoint.equals("metadata/recording") && method.equals("POST")) {
                return recordingMetadataPost(body);
            }
            if (endpoint.equals("metadata/submit_manual_mapping")) {
                return method.equals("POST") ? submitManualMapping(authorization, body)
                        : Answer.error(405, "The method is not allowed for the requested URL.");
            }
            if (!endpoint.equals("unknown") && !method.equals("GET")) {
                return Answer.error(405, "The method is not allowed for the requested URL.");
            }
            return switch (endpoint) {
                case "listens" -> listens(p[2], path, query);
                case "playing-now" -> withUser(p[2], this::playingNow);
                case "listen-count" -> cached(path, ResponseCache.LISTEN_COUNT_MILLIS,
                        () -> withUser(p[2], ApiRoutes::listenCount));
                case "validate-token" -> validateToken(authorization, query.get("token"));
                case "metadata/recording" -> recordingMetadata(
                        mbids(query.get("recording_mbids"), "recording_mbids"), incs(query.get("inc")));
                case "metadata/release_group" -> releaseGroupMetadata(
                        mbids(query.get("release_group_mbids"), "release_group_mbids"), incs(query.get("inc")));
                case "metadata/artist" -> artistMetadata(mbids(query.get("artist_mbids"), "artist_mbids"),
                        incs(query.get("inc")));
                default -> Answer.error(404, "Not found: " + path);
            };
        } catch (BadRequest e) {
            return Answer.error(400, e.getMessage());
        }
    }

    private Answer cached(String key, long ttlMillis, Supplier<Answer> fresh) {
        return cache == null ? fresh.get() : cache.get(key, ttlMillis, fresh);
    }

    /**
     * A raw (still percent-encoded) path's segments, each decoded: "/1/user/a%2Fb/listens/" → ["1", "user",
     * "a/b", "listens"]. A '+' in a path is itself, not a space.
     */
    private static String[] segments(String rawPath) {
        String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        String[] p = (trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).split("/");
        for (int i = 0; i < p.length; i++) {
            p[i] = URLDecoder.decode(p[i].replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return p;
    }

    private Answer withUser(String name, Function<SimulatedUser, Answer> endpoint) {
        SimulatedUser user = byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
        return user == null ? Answer.error(404, "Cannot find user: " + name) : endpoint.apply(user);
    }

    /** Cached (when caching is on) per user, min_ts, max_ts and count, as ListenBrainz does. */
    private Answer listens(String user, String path, Map<String, String> query) {
        String key = path + "?" + query.get("min_ts") + "," + query.get("max_ts") + "," + query.get("count");
        return cached(key, ResponseCache.LISTENS_MILLIS, () -> withUser(user, u -> listensPage(u, query)));
    }

    private static Answer listensPage(SimulatedUser user, Map<String, String> query) {
        Long count = nonNegative(query, "count");
        Long minTs = nonNegative(query, "min_ts");
        Long maxTs = nonNegative(query, "max_ts");
        if (minTs != null && maxTs != null && maxTs <= minTs) {
            throw new BadRequest("min_ts should be less than max_ts");
        }
        int n = count == null ? DEFAULT_COUNT : (int) Math.min(count, MAX_COUNT);
        List<Listen> page = user.listens.page(minTs, maxTs, n);
        JsonWriter w = new JsonWriter().beginObject();
        w.name("payload").beginObject();
        w.name("count").value(page.size());
        w.name("latest_listen_ts").value(user.listens.latest());
        w.name("listens").beginArray();
        for (Listen listen : page) {
            ListenJson.write(w, listen);
        }
        w.endArray();
        w.name("oldest_listen_ts").value(user.listens.oldest());
        w.name("user_id").value(user.name);
        return Answer.json(200, w.endObject().endObject());
    }

    private static Long nonNegative(Map<String, String> query, String name) {
        String raw = query.get(name);
        if (raw == null) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like a negative value
        }
        throw new BadRequest("'" + name + "' should be a non-negative integer");
    }

    private Answer playingNow(SimulatedUser user) {
        TrackMetadata track = user.playingNow(clock.nowMillis());
        JsonWriter w = new JsonWriter().beginObject();
        w.name("payload").beginObject();
        w.name("count").value(track == null ? 0 : 1);
        w.name("listens").beginArray();
        if (track != null) {
            w.beginObject().name("playing_now").value(true).name("track_metadata");
            ListenJson.writeTrack(w, track);
            w.endObject();
        }
        w.endArray();
        w.name("playing_now").value(true);
        w.name("user_id").value(user.name);
        return Answer.json(200, w.endObject().endObject());
    }

    private static Answer listenCount(SimulatedUser user) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("payload").beginObject().name("count").value(user.listens.count()).endObject();
        return Answer.json(200, w.endObject());
    }

    private Answer validateToken(String authorization, String tokenParameter) {
        String token = tokenParameter;
        if (authorization != null && authorization.regionMatches(true, 0, "Token ", 0, 6)) {
            token = authorization.substring(6).trim();
        }
        if (token == null || token.isEmpty()) {
            throw new BadRequest("You need to provide an Authorization token.");
        }
        SimulatedUser owner = null;
        for (SimulatedUser user : users.values()) {
            if (token.equals(user.token)) {
                owner = user;
            }
        }
        JsonWriter w = new JsonWriter().beginObject();
        w.name("code").value(200);
        w.name("message").value(owner == null ? "Token invalid." : "Token valid.");
        w.name("valid").value(owner != null);
        if (owner != null) {
            w.name("user_name").value(owner.name);
        }
        return Answer.json(200, w.endObject());
    }

    private final List<ListenBrainzSimulator.ManualMapping> manualMappings = new ArrayList<>();

    synchronized List<ListenBrainzSimulator.ManualMapping> manualMappings() {
        return List.copyOf(manualMappings);
    }

    /**
     * {@code {"recording_msid", "recording_mbid"}} with a user's token, as ListenBrainz's metadata_api takes it: 401
     * without an Authorization header or with a token of nobody, 400 for a body that is not JSON or an id that is not
     * a UUID; the user's mapping of the msid is kept (a second one replaces it) and {@code {"status": "ok"}} answered.
     */
    private Answer submitManualMapping(String authorization, String body) {
        if (authorization == null || authorization.isBlank()) {
            return Answer.error(401, "You need to provide an Authorization header.");
        }
        String[] parts = authorization.trim().split(" ");
        if (parts.length < 2) {
            return Answer.error(401, "Provided Authorization header is invalid.");
        }
        SimulatedUser owner = null;
        for (SimulatedUser user : users.values()) {
            if (parts[1].equals(user.token)) {
                owner = user;
            }
        }
        if (owner == null) {
            return Answer.error(401, "Invalid authorization token.");
        }
        Object json;
        try {
            json = new JsonReader(body == null ? "" : body).readValue();
        } catch (JsonException e) {
            throw new BadRequest("Cannot parse JSON document: " + e.getMessage());
        }
        Map<?, ?> request = json instanceof Map<?, ?> m ? m : Map.of();
        String msid = uuidOrNull(request.get("recording_msid"));
        String mbid = uuidOrNull(request.get("recording_mbid"));
        if (msid == null) {
            throw new BadRequest("recording_msid is invalid or not present in arguments");
        }
        if (mbid == null) {
            throw new BadRequest("recording_mbid is invalid or not present in arguments");
        }
        synchronized (this) {
            String user = owner.name;
            manualMappings.removeIf(m -> m.user().equals(user) && m.recordingMsid().equals(msid));
            manualMappings.add(new ListenBrainzSimulator.ManualMapping(user, msid, mbid));
        }
        return Answer.json(200, new JsonWriter().beginObject().name("status").value("ok").endObject());
    }

    private static String uuidOrNull(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            UUID.fromString(s);
            return s.length() == 36 ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The POST form takes {"recording_mbids": [...], "inc": "artist release"}, up to 1000 MBIDs. */
    private Answer recordingMetadataPost(String body) {
        Object json;
        try {
            json = new JsonReader(body).readValue();
        } catch (JsonException e) {
            throw new BadRequest("Cannot parse JSON document: " + e.getMessage());
        }
        if (!(json instanceof Map<?, ?> request) || !(request.get("recording_mbids") instanceof List<?> list)) {
            throw new BadRequest("recording_mbids JSON element must be present and contain a list of recording_mbids");
        }
        if (list.isEmpty() || list.size() > MAX_COUNT) {
            throw new BadRequest("Between 1 and " + MAX_COUNT + " recording_mbids can be fetched at once");
        }
        List<String> mbids = new ArrayList<>();
        for (Object mbid : list) {
            mbids.add(validMbid(String.valueOf(mbid)));
        }
        return recordingMetadata(mbids, incs(request.get("inc") instanceof String inc ? inc : null));
    }

    private Answer recordingMetadata(List<String> mbids, Set<String> incs) {
        JsonWriter w = new JsonWriter().beginObject();
        for (String mbid : mbids) {
            Recording recording = catalogue.recording(mbid);
            if (recording == null) {
                continue;
            }
            Album album = catalogue.albumOf(mbid);
            w.name(mbid).beginObject();
            w.name("recording").beginObject();
            w.name("name").value(recording.name()).name("length").value(recording.lengthMs());
            w.name("rels").beginArray().endArray().endObject();
            if (incs.contains("artist")) {
                w.name("artist");
                artist(w, album);
            }
            if (incs.contains("release")) {
                Release release = album.canonical();
                w.name("release").beginObject();
                w.name("album_artist_name").value(album.artistCredit());
                w.name("caa_id").value(release.caaId());
                w.name("caa_release_mbid").value(release.mbid());
                w.name("mbid").value(release.mbid());
                w.name("name").value(release.name());
                w.name("release_group_mbid").value(album.releaseGroupMbid());
                w.name("year").value(album.year());
                w.endObject();
            }
            if (incs.contains("tag")) {
                emptyTags(w, "recording", "artist", "release_group");
            }
            w.endObject();
        }
        return Answer.json(200, w.endObject());
    }

    private Answer releaseGroupMetadata(List<String> mbids, Set<String> incs) {
        JsonWriter w = new JsonWriter().beginObject();
        for (String mbid : mbids) {
            Album album = catalogue.releaseGroup(mbid);
            if (album == null) {
                continue;
            }
            w.name(mbid).beginObject();
            w.name("release_group");
            releaseSummary(w, catalogue.entry(mbid));
            if (incs.contains("artist")) {
                w.name("artist");
                artist(w, album);
            }
            if (incs.contains("release")) {
                w.name("release");
                releaseSummary(w, catalogue.entry(mbid));
            }
            if (incs.contains("tag")) {
                emptyTags(w, "artist", "release_group");
            }
            if (incs.contains("recording")) {
                w.name("recording").beginObject().name("mediums").beginArray().beginObject();
                w.name("format").value("Digital Media").name("name").value("").name("position").value(1);
                w.name("tracks").beginArray();
                for (Recording r : album.tracks()) {
                    w.beginObject();
                    w.name("artist_credit_name").value(album.artistCredit());
                    w.name("length").value(r.lengthMs());
                    w.name("name").value(r.name());
                    w.name("number").value(String.valueOf(r.position()));
                    w.name("position").value(r.position());
                    w.name("recording_mbid").value(r.mbid());
                    w.endObject();
                }
                w.endArray().endObject().endArray().endObject();
            }
            w.endObject();
        }
        return Answer.json(200, w.endObject());
    }

    private static void releaseSummary(JsonWriter w, Catalogue.Entry entry) {
        Release release = entry.album().canonical();
        w.beginObject();
        w.name("caa_id").value(release.caaId());
        w.name("caa_release_mbid").value(release.mbid());
        w.name("date").value(entry.date());
        w.name("name").value(entry.album().name());
        w.name("rels").beginArray().endArray();
        w.name("type").value(entry.type());
        w.endObject();
    }

    /**
     * {@code GET /1/metadata/artist/}: a JSON array with an item per known artist (unknown MBIDs are left out), its
     * release groups with {@code inc=release_group} in the shape of ListenBrainz's mb_artist_metadata_cache: keys
     * left out where MusicBrainz has no value (secondary_types of a studio album).
     */
    private Answer artistMetadata(List<String> mbids, Set<String> incs) {
        JsonWriter w = new JsonWriter().beginArray();
        for (String mbid : mbids) {
            Artist artist = catalogue.artists().stream().filter(a -> a.mbid().equals(mbid)).findFirst().orElse(null);
            if (artist == null) {
                continue;
            }
            w.beginObject();
            w.name("artist_mbid").value(mbid).name("mbid").value(mbid).name("name").value(artist.name());
            w.name("type").value("Person").name("rels").beginObject().endObject();
            if (incs.contains("tag")) {
                w.name("tag").beginObject().name("artist").beginArray().endArray().endObject();
            }
            if (incs.contains("release_group")) {
                w.name("release_group").beginArray();
                for (Catalogue.Entry entry : catalogue.discography(mbid)) {
                    artistReleaseGroup(w, entry);
                }
                w.endArray();
            }
            w.endObject();
        }
        return Answer.json(200, w.endArray());
    }

    private static void artistReleaseGroup(JsonWriter w, Catalogue.Entry entry) {
        Album album = entry.album();
        w.beginObject();
        w.name("name").value(album.name()).name("mbid").value(album.releaseGroupMbid());
        w.name("artist_credit_name").value(album.artistCredit());
        w.name("artists").beginArray();
        for (int i = 0; i < album.artists().size(); i++) {
            Artist a = album.artists().get(i);
            w.beginObject().name("artist_credit_name").value(a.name()).name("artist_mbid").value(a.mbid());
            w.name("join_phrase").value(album.joinPhrase(i)).endObject();
        }
        w.endArray();
        w.name("date").value(entry.date()).name("type").value(entry.type());
        if (!entry.secondaryTypes().isEmpty()) {
            w.name("secondary_types").beginArray();
            entry.secondaryTypes().forEach(w::value);
            w.endArray();
        }
        w.name("caa_id").value(album.canonical().caaId()).name("caa_release_mbid").value(album.canonical().mbid());
        w.endObject();
    }

    private static void artist(JsonWriter w, Album album) {
        w.beginObject();
        w.name("artist_credit_id").value(Math.floorMod(album.artistCredit().hashCode(), 1_000_000));
        w.name("artists").beginArray();
        for (int i = 0; i < album.artists().size(); i++) {
            Artist a = album.artists().get(i);
            w.beginObject();
            w.name("artist_mbid").value(a.mbid()).name("join_phrase").value(album.joinPhrase(i));
            w.name("name").value(a.name()).name("rels").beginObject().endObject();
            w.endObject();
        }
        w.endArray();
        w.name("name").value(album.artistCredit());
        w.endObject();
    }

    private static void emptyTags(JsonWriter w, String... entities) {
        w.name("tag").beginObject();
        for (String entity : entities) {
            w.name(entity).beginArray().endArray();
        }
        w.endObject();
    }

    private static Set<String> incs(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<String> incs = new HashSet<>(List.of(raw.trim().split("\\s+")));
        for (String inc : incs) {
            if (!INCS.contains(inc)) {
                throw new BadRequest("invalid inc argument '" + inc + "'. Must be one of " + String.join(", ", INCS) + ".");
            }
        }
        return incs;
    }

    /** A comma-separated MBID list parameter; every item must be a UUID. */
    private static List<String> mbids(String raw, String parameter) {
        if (raw == null) {
            throw new BadRequest(parameter + " argument must be present and contain a comma separated list of MBIDs");
        }
        List<String> mbids = new ArrayList<>();
        for (String part : raw.split(",")) {
            mbids.add(validMbid(part.trim()));
        }
        return mbids;
    }

    private static String validMbid(String mbid) {
        try {
            UUID.fromString(mbid);
            return mbid;
        } catch (IllegalArgumentException e) {
            throw new BadRequest("MBID " + mbid + " is not valid.");
        }
    }
}
