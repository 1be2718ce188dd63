package starman.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.time.VirtualClock;

/**
 * A test fixture: ListenBrainz's listen paging and rate limiting as a {@link Transport}, no HTTP.
 * Pages as LISTENBRAINZ.md says (newest first, exclusive bounds, oldest {@code count} after
 * {@code min_ts} found by a windowed scan that may fall short, count capped at 1000, answers cached
 * for an hour per query), counts requests
 * in fixed windows on the virtual clock, answers 429 over the limit, and injects faults on demand.
 */
public final class FakeListenBrainz implements Transport {
    public static final String ROOT = "http://fake.test";
    public static final String GOOD_TOKEN = "good-token";

    public enum Fault {
        NONE,
        /** The request reached the server, the answer never came back. */
        DROP,
        /** 503 without rate-limit headers. */
        SERVER_ERROR,
        /** 200 with headers, body cut in half. */
        TRUNCATE,
        /** 429 although within the limit (a shared IP, another tab). */
        TOO_MANY,
        /** A normal answer without rate-limit headers. */
        HIDE_HEADERS
    }

    private final VirtualClock clock;
    private final String user;
    private final int limit;
    private final long windowMillis;
    private final long scanWindowSeconds;
    private final TreeMap<ListenKey, Listen> listens = new TreeMap<>();
    private IntFunction<Fault> faults = n -> Fault.NONE;
    private TrackMetadata playingNow;
    private long window = -1;
    private int usedInWindow;
    private int requests;
    private int overLimit;
    private final List<String> servedListenQueries = new ArrayList<>();
    private final Map<String, CachedBody> cache = new HashMap<>();

    private record CachedBody(String body, long expiresAtMillis) {
    }

    public FakeListenBrainz(VirtualClock clock, String user, int limit, long windowMillis, long scanWindowSeconds) {
        this.clock = clock;
        this.user = user;
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.scanWindowSeconds = scanWindowSeconds;
    }

    /** ListenBrainz's defaults: 30 requests per 10 s, a 30-day scan window. */
    public FakeListenBrainz(VirtualClock clock, String user) {
        this(clock, user, 30, 10_000, 30 * 86_400);
    }

    public synchronized void add(Listen listen) {
        listens.put(listen.key(), listen);
    }

    public synchronized void remove(ListenKey key) {
        listens.remove(key);
    }

    public synchronized List<Listen> all() {
        return new ArrayList<>(listens.values());
    }

    public synchronized void playing(TrackMetadata track) {
        playingNow = track;
    }

    /** Which fault the n-th request (0-based) meets. */
    public synchronized void faults(IntFunction<Fault> plan) {
        faults = plan;
    }

    public synchronized int requests() {
        return requests;
    }

    /** Requests that arrived after the window's quota was spent. */
    public synchronized int overLimit() {
        return overLimit;
    }

    /** The query strings of listens requests answered in full, in order. */
    public synchronized List<String> servedListenQueries() {
        return List.copyOf(servedListenQueries);
    }

    @Override
    public synchronized Response execute(Request request) throws IOException {
        long now = clock.nowMillis();
        if (now / windowMillis != window) {
            window = now / windowMillis;
            usedInWindow = 0;
        }
        usedInWindow++;
        Fault fault = faults.apply(requests++);
        Map<String, String> rateHeaders = rateHeaders(now);
        if (usedInWindow > limit) {
            overLimit++;
            return new Response(429, rateHeaders, "{\"code\": 429, \"error\": \"Too many requests\"}");
        }
        switch (fault) {
            case DROP: throw new IOException("connection reset");
            case SERVER_ERROR: return new Response(503, Map.of(), "<html>Service Unavailable</html>");
            case TOO_MANY:
                rateHeaders.put("X-RateLimit-Remaining", "0");
                return new Response(429, rateHeaders, "{\"code\": 429, \"error\": \"Too many requests\"}");
            default:
        }
        Response response = route(request, rateHeaders);
        if (fault == Fault.TRUNCATE) {
            return new Response(response.status(), rateHeaders, response.body().substring(0, response.body().length() / 2));
        }
        if (fault == Fault.HIDE_HEADERS) {
            return new Response(response.status(), Map.of(), response.body());
        }
        if (response.status() == 200 && request.url().contains("/listens?")) {
            servedListenQueries.add(request.url().substring(request.url().indexOf('?') + 1));
        }
        return response;
    }

    private Map<String, String> rateHeaders(long now) {
        long resetAt = (window + 1) * windowMillis;
        Map<String, String> h = new HashMap<>();
        h.put("X-RateLimit-Limit", String.valueOf(limit));
        h.put("X-RateLimit-Remaining", String.valueOf(Math.max(0, limit - usedInWindow)));
        h.put("X-RateLimit-Reset-In", String.valueOf((resetAt - now) / 1000.0));
        h.put("X-RateLimit-Reset", String.valueOf(resetAt / 1000));
        return h;
    }

    private Response route(Request request, Map<String, String> headers) {
        String url = request.url().substring(ROOT.length());
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (path.equals("/1/validate-token")) {
            boolean valid = ("Token " + GOOD_TOKEN).equals(request.headers().get("Authorization"));
            return new Response(200, headers, valid
                    ? "{\"code\": 200, \"message\": \"Token valid.\", \"valid\": true, \"user_name\": \"" + user + "\"}"
                    : "{\"code\": 200, \"message\": \"Token invalid.\", \"valid\": false}");
        }
        String prefix = "/1/user/" + user + "/";
        if (!path.startsWith(prefix)) {
            return new Response(404, headers, "{\"code\": 404, \"error\": \"Cannot find user\"}");
        }
        switch (path.substring(prefix.length())) {
            case "listen-count": return new Response(200, headers, "{\"payload\": {\"count\": " + listens.size() + "}}");
            case "playing-now": return new Response(200, headers, playingNowBody());
            case "listens": return cachedListens(url, query, headers);
            default: return new Response(404, headers, "{\"code\": 404, \"error\": \"Not found\"}");
        }
    }

    private Response cachedListens(String url, Map<String, String> query, Map<String, String> headers) {
        CachedBody cached = cache.get(url);
        if (cached != null && cached.expiresAtMillis() > clock.nowMillis()) {
            return new Response(200, headers, cached.body());
        }
        Response response = listens(query, headers);
        if (response.status() == 200) {
            cache.put(url, new CachedBody(response.body(), clock.nowMillis() + 3_600_000));
        }
        return response;
    }

    private Response listens(Map<String, String> query, Map<String, String> headers) {
        int count = query.containsKey("count") ? Integer.parseInt(query.get("count")) : 25;
        long minTs = query.containsKey("min_ts") ? Long.parseLong(query.get("min_ts")) : 0;
        long maxTs = query.containsKey("max_ts") ? Long.parseLong(query.get("max_ts")) : 0;
        if (count < 0 || (minTs > 0 && maxTs > 0 && minTs >= maxTs)) {
            return new Response(400, headers, "{\"code\": 400, \"error\": \"Bad request\"}");
        }
        count = Math.min(count, 1000);
        List<Listen> page;
        if (minTs > 0) {
            long scanEnd = maxTs > 0 ? maxTs : windowedScanEnd(minTs, count);
            page = new ArrayList<>(between(minTs, scanEnd).values());
            page = new ArrayList<>(page.subList(0, Math.min(count, page.size())));
            Collections.reverse(page);
        } else {
            page = new ArrayList<>(between(0, maxTs > 0 ? maxTs : Long.MAX_VALUE).descendingMap().values());
            page = page.subList(0, Math.min(count, page.size()));
        }
        JsonWriter w = new JsonWriter();
        w.beginObject().name("payload").beginObject();
        w.name("count").value(page.size());
        w.name("user_id").value(user);
        w.name("latest_listen_ts").value(listens.isEmpty() ? 0 : listens.lastKey().listenedAt());
        w.name("oldest_listen_ts").value(listens.isEmpty() ? 0 : listens.firstKey().listenedAt());
        w.name("listens").beginArray();
        for (Listen listen : page) {
            ListenJson.write(w, listen);
        }
        w.endArray().endObject().endObject();
        return new Response(200, headers, w.toString());
    }

    /** Like the server: scan 1, 3, 9... windows forward, at most 9 passes, until {@code count} are found. */
    private long windowedScanEnd(long minTs, int count) {
        long span = scanWindowSeconds;
        long end = minTs + span;
        for (int pass = 1; pass < 9 && between(minTs, end).size() < count; pass++) {
            span *= 3;
            end += span;
        }
        return end;
    }

    /** Listens with minTs < listened_at < maxTs. */
    private NavigableMap<ListenKey, Listen> between(long minTs, long maxTs) {
        return listens.subMap(new ListenKey(minTs + 1, ""), true, new ListenKey(maxTs, ""), false);
    }

    private String playingNowBody() {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("payload").beginObject();
        w.name("count").value(playingNow == null ? 0 : 1);
        w.name("playing_now").value(true);
        w.name("user_id").value(user);
        w.name("listens").beginArray();
        if (playingNow != null) {
            w.beginObject().name("playing_now").value(true).name("track_metadata");
            ListenJson.writeTrack(w, playingNow);
            w.endObject();
        }
        w.endArray().endObject().endObject();
        return w.toString();
    }
}
