package starman.listenbrainz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import starman.http.HttpClient;
import starman.http.Request;
import starman.http.Response;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;

/** The typed ListenBrainz API over an {@link HttpClient} (whose interceptors keep it polite). */
public final class ListenBrainzClient {
    public static final String DEFAULT_API_ROOT = "https://api.listenbrainz.org";
    public static final int MAX_COUNT = 1000;

    private final HttpClient http;
    private final String apiRoot;

    public ListenBrainzClient(HttpClient http, String apiRoot) {
        this.http = http;
        String root = apiRoot == null || apiRoot.isBlank() ? DEFAULT_API_ROOT : apiRoot.trim();
        this.apiRoot = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public String apiRoot() {
        return apiRoot;
    }

    /** {@code GET /1/user/{name}/listen-count}. */
    public long listenCount(String user) throws IOException {
        JsonReader r = payload(get(userPath(user) + "/listen-count"));
        long count = 0;
        while (r.hasNext()) {
            if (r.nextName().equals("count")) {
                count = r.nextLong();
            } else {
                r.skipValue();
            }
        }
        return count;
    }

    /**
     * {@code GET /1/user/{name}/listens}; {@code minTs}/{@code maxTs} are exclusive bounds, 0 leaves one out.
     */
    public ListensPage listens(String user, long minTs, long maxTs, int count) throws IOException {
        StringBuilder path = new StringBuilder(userPath(user)).append("/listens?count=").append(count);
        if (minTs > 0) {
            path.append("&min_ts=").append(minTs);
        }
        if (maxTs > 0) {
            path.append("&max_ts=").append(maxTs);
        }
        String body = get(path.toString());
        try {
            JsonReader r = payload(body);
            String userId = null;
            List<Listen> listens = new ArrayList<>();
            long latest = 0;
            long oldest = 0;
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "user_id": userId = r.nextStringOrNull(); break;
                    case "latest_listen_ts": latest = r.skipNull() ? 0 : r.nextLong(); break;
                    case "oldest_listen_ts": oldest = r.skipNull() ? 0 : r.nextLong(); break;
                    case "listens":
                        r.beginArray();
                        while (r.hasNext()) {
                            listens.add(ListenJson.read(r));
                        }
                        r.endArray();
                        break;
                    default: r.skipValue();
                }
            }
            return new ListensPage(userId, listens, latest, oldest);
        } catch (JsonException e) {
            throw malformed(e);
        }
    }

    static String userPath(String user) throws ListenBrainzException {
        if (user == null || user.isBlank()) {
            throw new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST, "Enter a ListenBrainz user name.");
        }
        return "/1/user/" + UrlCodec.encode(user.trim());
    }

    private String get(String pathAndQuery) throws IOException {
        Response response = http.execute(Request.get(apiRoot + pathAndQuery));
        if (response.isSuccessful()) {
            return response.body();
        }
        throw ApiErrors.fromStatus(response);
    }

    /** Positions the reader inside {@code payload}. */
    private static JsonReader payload(String body) throws ListenBrainzException {
        try {
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
        } catch (JsonException e) {
            throw malformed(e);
        }
    }

    private static ListenBrainzException malformed(JsonException e) {
        return new ListenBrainzException(ListenBrainzException.Kind.MALFORMED,
                "ListenBrainz sent a response Starman cannot read (" + e.getMessage() + ").", e);
    }
}
