package starman.listenbrainz;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import starman.http.HttpClient;
import starman.http.Request;
import starman.http.Response;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * The typed ListenBrainz API over an {@link HttpClient} (whose interceptors keep it polite). A 200
 * whose body does not decode (cut off on the way) is fetched again a few times, through the same
 * polite chain, before it counts as {@link ListenBrainzException.Kind#MALFORMED}.
 */
public final class ListenBrainzClient {
    public static final String DEFAULT_API_ROOT = "https://api.listenbrainz.org";
    public static final int MAX_COUNT = 1000;
    /** MBIDs per metadata GET: 50 keep the URL under 2 KB, which every proxy and browser accepts. */
    public static final int METADATA_BATCH = 50;
    static final int DECODE_ATTEMPTS = 3;
    public static final String MANUAL_MAPPING_PATH = "/1/metadata/submit_manual_mapping/";

    private final HttpClient http;
    private final String apiRoot;
    private final String token;

    public ListenBrainzClient(HttpClient http, String apiRoot) {
        this(http, normalizeRoot(apiRoot), null);
    }

    private ListenBrainzClient(HttpClient http, String apiRoot, String token) {
        this.http = http;
        this.apiRoot = apiRoot;
        this.token = token;
    }

    /** The same client sending {@code Authorization: Token <token>} with every request (null: none). */
    public ListenBrainzClient withToken(String token) {
        return new ListenBrainzClient(http, apiRoot, token == null || token.isBlank() ? null : token.trim());
    }

    public String apiRoot() {
        return apiRoot;
    }

    /** {@code GET /1/user/{name}/listen-count}. */
    public long listenCount(String user) throws IOException {
        String name = userName(user);
        return call(userPath(name) + "/listen-count", ApiErrors.Subject.user(name), body -> {
            JsonReader r = payload(body);
            long count = 0;
            while (r.hasNext()) {
                if (r.nextName().equals("count")) {
                    count = r.nextLong();
                } else {
                    r.skipValue();
                }
            }
            return count;
        });
    }

    /**
     * {@code GET /1/user/{name}/listens}; {@code minTs}/{@code maxTs} are exclusive bounds, 0 leaves one out.
     */
    public ListensPage listens(String user, long minTs, long maxTs, int count) throws IOException {
        String name = userName(user);
        StringBuilder path = new StringBuilder(userPath(name)).append("/listens?count=").append(count);
        if (minTs > 0) {
            path.append("&min_ts=").append(minTs);
        }
        if (maxTs > 0) {
            path.append("&max_ts=").append(maxTs);
        }
        return call(path.toString(), ApiErrors.Subject.user(name), ListenBrainzClient::readListensPage);
    }

    /** {@code GET /1/user/{name}/playing-now}: the track playing now, or null. */
    public PlayingNow playingNow(String user) throws IOException {
        String name = userName(user);
        return call(userPath(name) + "/playing-now", ApiErrors.Subject.user(name), body -> {
            JsonReader r = payload(body);
            PlayingNow[] playing = {null};
            while (r.hasNext()) {
                if (r.nextName().equals("listens")) {
                    r.readArray(() -> r.readField("track_metadata",
                            () -> playing[0] = new PlayingNow(ListenJson.readTrack(r))));
                } else {
                    r.skipValue();
                }
            }
            return playing[0];
        });
    }

    /** {@code GET /1/validate-token} with the given token (not this client's). */
    public TokenStatus validateToken(String token) throws IOException {
        if (token == null || token.isBlank()) {
            return new TokenStatus(false, null);
        }
        return call(Request.get(apiRoot + "/1/validate-token").withHeader("Authorization", "Token " + token.trim()),
                ApiErrors.Subject.ADDRESS, ListenBrainzClient::readTokenStatus);
    }

    private static TokenStatus readTokenStatus(String body) {
        JsonReader r = new JsonReader(body);
        boolean valid = false;
        String userName = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "valid": valid = !r.skipNull() && r.nextBoolean(); break;
                case "user_name": userName = r.nextStringOrNull(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new TokenStatus(valid, valid ? userName : null);
    }

    /**
     * {@code GET /1/metadata/recording/?inc=release}, {@value #METADATA_BATCH} MBIDs a request. Unknown MBIDs,
     * and strings that are not MBIDs (players send anything), are absent from the answer.
     */
    public Map<String, RecordingMetadata> recordingMetadata(List<String> recordingMbids) throws IOException {
        Map<String, RecordingMetadata> found = new LinkedHashMap<>();
        for (List<String> batch : batches(recordingMbids)) {
            found.putAll(call("/1/metadata/recording/?recording_mbids=" + String.join(",", batch) + "&inc=release",
                    ApiErrors.Subject.METADATA, ListenBrainzClient::readRecordings));
        }
        return found;
    }

    /**
     * {@code GET /1/metadata/release_group/?inc=recording}: per release group, the tracks of its canonical
     * release in order (medium by medium), {@value #METADATA_BATCH} MBIDs a request. Unknown MBIDs are absent.
     */
    public Map<String, List<ReleaseGroupTrack>> releaseGroupTracks(List<String> releaseGroupMbids) throws IOException {
        Map<String, List<ReleaseGroupTrack>> found = new LinkedHashMap<>();
        for (List<String> batch : batches(releaseGroupMbids)) {
            found.putAll(call("/1/metadata/release_group/?release_group_mbids=" + String.join(",", batch)
                    + "&inc=recording", ApiErrors.Subject.METADATA, ListenBrainzClient::readReleaseGroups));
        }
        return found;
    }

    /**
     * {@code GET /1/metadata/artist/?inc=release_group}: the artist's release groups, in ListenBrainz's order, or
     * null when ListenBrainz does not know the artist. An MBID that is not one is refused here, unsent.
     */
    public List<ArtistReleaseGroup> artistReleaseGroups(String artistMbid) throws IOException {
        if (!isMbid(artistMbid)) {
            throw new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST,
                    "\"" + artistMbid + "\" is not a MusicBrainz artist ID (a UUID such as 5441c29d-3602-4898-b1a1-b77fa23b8e50).");
        }
        return call("/1/metadata/artist/?artist_mbids=" + artistMbid + "&inc=release_group",
                ApiErrors.Subject.METADATA, body -> readArtistReleaseGroups(body, artistMbid));
    }

    /**
     * {@code POST /1/metadata/submit_manual_mapping/} with {@code {"recording_msid", "recording_mbid"}}: this client's
     * token's user maps the msid's listens to the recording (ListenBrainz keeps one mapping per user and msid, a second
     * submission replaces it; it answers {@code {"status": "ok"}}). Needs a token; 401 without a valid one, 400 when
     * either is not a UUID.
     */
    public void submitManualMapping(String recordingMsid, String recordingMbid) throws IOException {
        if (token == null) {
            throw new ListenBrainzException(ListenBrainzException.Kind.BAD_TOKEN,
                    "Submitting a mapping needs your ListenBrainz token (Settings).");
        }
        Request request = new Request("POST", apiRoot + MANUAL_MAPPING_PATH,
                Map.of("Authorization", "Token " + token, "Content-Type", "application/json"),
                manualMappingBody(recordingMsid, recordingMbid));
        call(request, ApiErrors.Subject.ADDRESS, answer -> {
            new JsonReader(answer).readValue(); // a cut-off answer is asked again: the mapping is the same each time
            return null;
        });
    }

    /** The JSON {@link #submitManualMapping} posts. */
    public static String manualMappingBody(String recordingMsid, String recordingMbid) {
        return new JsonWriter().beginObject().name("recording_msid").value(recordingMsid)
                .name("recording_mbid").value(recordingMbid).endObject().toString();
    }

    /** {@code [{"artist_mbid", ..., "release_group": [{name, mbid, artist_credit_name, date?, type?, ...}]}]}. */
    private static List<ArtistReleaseGroup> readArtistReleaseGroups(String body, String artistMbid) {
        JsonReader r = new JsonReader(body);
        List<ArtistReleaseGroup> found = null;
        r.beginArray();
        while (r.hasNext()) {
            String artist = null;
            List<ArtistReleaseGroup> groups = new ArrayList<>();
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "artist_mbid" -> artist = r.nextStringOrNull();
                    case "release_group" -> r.readArray(() -> groups.add(readArtistReleaseGroup(r)));
                    default -> r.skipValue();
                }
            }
            r.endObject();
            if (artistMbid.equals(artist)) {
                found = List.copyOf(groups);
            }
        }
        r.endArray();
        r.endDocument();
        return found;
    }

    private static ArtistReleaseGroup readArtistReleaseGroup(JsonReader r) {
        String mbid = null;
        String name = null;
        String credit = null;
        String date = null;
        String type = null;
        List<String> secondary = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "mbid" -> mbid = r.nextStringOrNull();
                case "name" -> name = r.nextStringOrNull();
                case "artist_credit_name" -> credit = r.nextStringOrNull();
                case "date" -> date = r.nextStringOrNull();
                case "type" -> type = r.nextStringOrNull();
                case "secondary_types" -> {
                    if (!r.skipNull()) {
                        r.readArray(() -> secondary.add(r.nextString()));
                    }
                }
                default -> r.skipValue();
            }
        }
        r.endObject();
        if (mbid == null) {
            throw new JsonException("a release group without mbid");
        }
        return new ArtistReleaseGroup(mbid, name, credit, date, type, secondary);
    }

    /** Whether {@code s} looks like an MBID (a lower-case UUID); the server rejects a whole batch otherwise. */
    public static boolean isMbid(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The distinct MBIDs among {@code mbids} (others dropped), in batches of one metadata request each. */
    public static List<List<String>> batches(Collection<String> mbids) {
        List<String> valid = new ArrayList<>();
        for (String mbid : new LinkedHashSet<>(mbids)) {
            if (isMbid(mbid)) {
                valid.add(mbid);
            }
        }
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < valid.size(); i += METADATA_BATCH) {
            batches.add(valid.subList(i, Math.min(valid.size(), i + METADATA_BATCH)));
        }
        return batches;
    }

    private static Map<String, RecordingMetadata> readRecordings(String body) {
        JsonReader r = new JsonReader(body);
        Map<String, RecordingMetadata> found = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String mbid = r.nextName();
            String name = null;
            long length = -1;
            String release = null;
            String releaseName = null;
            String releaseGroup = null;
            long caaId = 0;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "recording" -> {
                        r.beginObject();
                        while (r.hasNext()) {
                            switch (r.nextName()) {
                                case "name" -> name = r.nextStringOrNull();
                                case "length" -> length = r.skipNull() ? -1 : r.nextLong();
                                default -> r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                    case "release" -> {
                        r.beginObject();
                        while (r.hasNext()) {
                            switch (r.nextName()) {
                                case "mbid" -> release = r.nextStringOrNull();
                                case "name" -> releaseName = r.nextStringOrNull();
                                case "release_group_mbid" -> releaseGroup = r.nextStringOrNull();
                                case "caa_id" -> caaId = r.skipNull() ? 0 : r.nextLong();
                                default -> r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                    default -> r.skipValue();
                }
            }
            r.endObject();
            found.put(mbid, new RecordingMetadata(mbid, name, length, release, releaseName, releaseGroup, caaId));
        }
        r.endObject();
        r.endDocument();
        return found;
    }

    private static Map<String, List<ReleaseGroupTrack>> readReleaseGroups(String body) {
        JsonReader r = new JsonReader(body);
        Map<String, List<ReleaseGroupTrack>> found = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String mbid = r.nextName();
            List<ReleaseGroupTrack> tracks = new ArrayList<>();
            r.beginObject();
            while (r.hasNext()) {
                if (r.nextName().equals("recording")) {
                    readMediums(r, tracks);
                } else {
                    r.skipValue();
                }
            }
            r.endObject();
            found.put(mbid, List.copyOf(tracks));
        }
        r.endObject();
        r.endDocument();
        return found;
    }

    /** {@code {"mediums": [{"tracks": [{recording_mbid, name, position, length}, ...]}, ...]}}. */
    private static void readMediums(JsonReader r, List<ReleaseGroupTrack> tracks) {
        r.readField("mediums", () -> r.readArray(() -> r.readField("tracks",
                () -> r.readArray(() -> tracks.add(readTrack(r))))));
    }

    private static ReleaseGroupTrack readTrack(JsonReader r) {
        String recording = null;
        String title = null;
        int position = 0;
        long length = -1;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "recording_mbid" -> recording = r.nextStringOrNull();
                case "name" -> title = r.nextStringOrNull();
                case "position" -> position = r.skipNull() ? 0 : (int) r.nextLong();
                case "length" -> length = r.skipNull() ? -1 : r.nextLong();
                default -> r.skipValue();
            }
        }
        r.endObject();
        if (recording == null) {
            throw new JsonException("a track without recording_mbid");
        }
        return new ReleaseGroupTrack(recording, title, position, length);
    }

    private static ListensPage readListensPage(String body) {
        JsonReader r = payload(body);
        String userId = null;
        List<Listen> listens = List.of();
        long latest = 0;
        long oldest = 0;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "user_id": userId = r.nextStringOrNull(); break;
                case "latest_listen_ts": latest = r.skipNull() ? 0 : r.nextLong(); break;
                case "oldest_listen_ts": oldest = r.skipNull() ? 0 : r.nextLong(); break;
                case "listens": listens = ListenJson.readArray(r); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new ListensPage(userId, listens, latest, oldest);
    }

    /** The typed name tidied, or a BAD_REQUEST with {@link UserName}'s sentence; nothing is sent then. */
    private static String userName(String typed) throws ListenBrainzException {
        UserName.Checked checked = UserName.check(typed);
        if (!checked.ok()) {
            throw new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST, checked.problem());
        }
        return checked.name();
    }

    /** One path segment, whatever the name holds: "a/b" is {@code /1/user/a%2Fb}. */
    static String userPath(String name) {
        return "/1/user/" + UrlCodec.encode(name);
    }

    private static String normalizeRoot(String apiRoot) {
        String root = apiRoot == null || apiRoot.isBlank() ? DEFAULT_API_ROOT : apiRoot.trim();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** Decodes a successful body; throws {@link JsonException} when it is not what ListenBrainz sends. */
    private interface Decoder<T> {
        T decode(String body);
    }

    /** A GET with this client's token; {@code subject} says what it is about, for a 404. */
    private <T> T call(String pathAndQuery, ApiErrors.Subject subject, Decoder<T> decoder) throws IOException {
        Request request = Request.get(apiRoot + pathAndQuery);
        if (token != null) {
            request = request.withHeader("Authorization", "Token " + token);
        }
        return call(request, subject, decoder);
    }

    private <T> T call(Request request, ApiErrors.Subject subject, Decoder<T> decoder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String body = execute(request, subject);
            try {
                return decoder.decode(body);
            } catch (JsonException e) {
                if (attempt >= DECODE_ATTEMPTS) {
                    throw new ListenBrainzException(ListenBrainzException.Kind.MALFORMED,
                            "ListenBrainz sent a response Starman cannot read (" + e.getMessage() + ").", e);
                }
            }
        }
    }

    private String execute(Request request, ApiErrors.Subject subject) throws IOException {
        Response response;
        try {
            response = http.execute(request);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new ListenBrainzException(ListenBrainzException.Kind.NETWORK,
                    "Cannot reach ListenBrainz (" + e.getMessage() + "); check the connection.", e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        throw ApiErrors.fromStatus(response, subject);
    }

    /** Positions the reader inside {@code payload}. */
    private static JsonReader payload(String body) {
        JsonReader r = new JsonReader(body);
        r.beginObject();
        while (r.hasNext()) {
            if (r.nextName().equals("payload")) {
                r.beginObject();
                return r;
            }
            r.skipValue();
        }
        throw new JsonException("no payload in the response");
    }
}
