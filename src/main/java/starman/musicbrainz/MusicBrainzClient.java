package starman.musicbrainz;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import starman.http.HttpClient;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.http.RetryPolicy;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.listenbrainz.ListenBrainzClient;

/**
 * MusicBrainz's recording browse with work relations: musicbrainz-server's {@code WS/2/Recording.pm} allows
 * relationship includes on a browse ({@code /ws/2/recording?artist=…&inc=work-rels}), so an artist's works come in
 * pages of {@value #BROWSE_LIMIT} recordings rather than one request per heard recording. JSON by {@code fmt=json}
 * (no header, so the browser sends no CORS preflight) and never an {@code Authorization} header.
 */
public final class MusicBrainzClient {
    public static final String DEFAULT_ROOT = "https://musicbrainz.org";
    /** MusicBrainz's rate limit: one request a second on average. */
    public static final long PACE_MILLIS = 1_000;
    /** The largest page a browse gives. */
    public static final int BROWSE_LIMIT = 100;
    /** A 503 is MusicBrainz's "slow down": backed off from 2 s, a few times, before the lane gives up for now. */
    public static final RetryPolicy RETRY = new RetryPolicy(4, 2_000, 16_000);

    private final HttpClient http;
    private final String root;

    public MusicBrainzClient(HttpClient http, String root) {
        this.http = http;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The polite client's sibling MusicBrainz wants: one request a second, its own retries, the same pause button. */
    public static PoliteClient polite(PoliteClient listenBrainz, long seed) {
        return listenBrainz.fixedPace(new PoliteClient.Options(RETRY, PACE_MILLIS, seed));
    }

    /**
     * Where {@code /ws/2} is for a ListenBrainz API root: musicbrainz.org beside ListenBrainz's own API, else the API
     * root's origin (the demo's simulator serves both), so tests and the demo never reach the internet.
     */
    public static String rootFor(String apiRoot) {
        if (apiRoot == null || apiRoot.isBlank() || apiRoot.trim().startsWith(ListenBrainzClient.DEFAULT_API_ROOT)) {
            return DEFAULT_ROOT;
        }
        String trimmed = apiRoot.trim();
        int scheme = trimmed.indexOf("://");
        int path = scheme < 0 ? -1 : trimmed.indexOf('/', scheme + 3);
        return path < 0 ? trimmed : trimmed.substring(0, path);
    }

    public String root() {
        return root;
    }

    /** {@code GET /ws/2/recording?artist=…&inc=work-rels&limit=100&offset=…}: one page of the artist's recordings. */
    public RecordingsPage artistRecordings(String artistMbid, int offset) throws IOException {
        if (!ListenBrainzClient.isMbid(artistMbid)) {
            throw new MusicBrainzException("\"" + artistMbid + "\" is not a MusicBrainz artist ID.", null);
        }
        String url = root + "/ws/2/recording?artist=" + artistMbid + "&inc=work-rels&limit=" + BROWSE_LIMIT
                + "&offset=" + offset + "&fmt=json";
        Response response;
        try {
            response = http.execute(Request.get(url));
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new MusicBrainzException("Cannot reach MusicBrainz (" + e.getMessage() + ").", e);
        }
        if (!response.isSuccessful()) {
            throw new MusicBrainzException("MusicBrainz answered " + response.status() + " to " + url + ".", null);
        }
        try {
            return readPage(response.body());
        } catch (JsonException e) {
            throw new MusicBrainzException("MusicBrainz sent a page Starman cannot read (" + e.getMessage() + ").", e);
        }
    }

    /** {@code {"recording-count": n, "recording-offset": o, "recordings": [{id, title, relations: [...]}, ...]}}. */
    static RecordingsPage readPage(String body) {
        JsonReader r = new JsonReader(body);
        int count = 0;
        int offset = 0;
        List<BrowsedRecording> recordings = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "recording-count" -> count = (int) r.nextLong();
                case "recording-offset" -> offset = (int) r.nextLong();
                case "recordings" -> r.readArray(() -> recordings.add(readRecording(r)));
                default -> r.skipValue();
            }
        }
        r.endObject();
        r.endDocument();
        return new RecordingsPage(count, offset, recordings);
    }

    private static BrowsedRecording readRecording(JsonReader r) {
        String id = null;
        String title = null;
        List<Performance> performances = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = r.nextStringOrNull();
                case "title" -> title = r.nextStringOrNull();
                case "relations" -> {
                    if (!r.skipNull()) {
                        r.readArray(() -> {
                            Performance p = readRelation(r);
                            if (p != null) {
                                performances.add(p);
                            }
                        });
                    }
                }
                default -> r.skipValue();
            }
        }
        r.endObject();
        if (id == null) {
            throw new JsonException("a recording without id");
        }
        return new BrowsedRecording(id, title, performances);
    }

    /** A performance of a work, or null for any other relation. */
    private static Performance readRelation(JsonReader r) {
        String type = null;
        String workId = null;
        String workTitle = null;
        List<String> attributes = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "type" -> type = r.nextStringOrNull();
                case "attributes" -> {
                    if (!r.skipNull()) {
                        r.readArray(() -> attributes.add(r.nextString()));
                    }
                }
                case "work" -> {
                    if (!r.skipNull()) {
                        r.beginObject();
                        while (r.hasNext()) {
                            switch (r.nextName()) {
                                case "id" -> workId = r.nextStringOrNull();
                                case "title" -> workTitle = r.nextStringOrNull();
                                default -> r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                }
                default -> r.skipValue();
            }
        }
        r.endObject();
        return "performance".equals(type) && workId != null ? new Performance(workId, workTitle, attributes) : null;
    }
}
