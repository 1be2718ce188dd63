package starman.browser;

import java.io.IOException;
import org.teavm.jso.JSBody;
import starman.http.RateBudget;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.time.Clock;

/**
 * The rate-limit window this browser's pages spend together (one IP, one quota), kept in localStorage: each
 * request leaves the count behind, so the page after a reload, or the tab that takes the sync over, starts
 * where the last one stopped instead of at a full quota.
 */
final class SharedRateWindow implements Transport {
    private static final String KEY = "starman-rate-window";

    private final Transport transport;
    private final Clock clock;
    private RateBudget budget;

    SharedRateWindow(Transport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    /** Starts counting with {@code budget}, first taking in what earlier pages left behind. */
    void share(RateBudget budget) {
        this.budget = budget;
        String saved = load(KEY);
        if (saved != null) {
            try {
                budget.share(parse(saved), clock.nowMillis());
            } catch (RuntimeException garbled) {
                // another version's record, or none: start without
            }
        }
    }

    /** The budget has counted this request as sent: leave that behind before it goes. */
    @Override
    public Response execute(Request request) throws IOException {
        if (budget != null) {
            RateBudget.Window window = budget.window(clock.nowMillis());
            if (window != null) {
                save(KEY, new JsonWriter().beginObject().name("limit").value(window.limit())
                        .name("remaining").value(window.remaining()).name("reset_at").value(window.resetAtMillis())
                        .name("window").value(window.windowMillis()).endObject().toString());
            }
        }
        return transport.execute(request);
    }

    private static RateBudget.Window parse(String json) {
        JsonReader r = new JsonReader(json);
        int limit = -1;
        int remaining = -1;
        long resetAt = 0;
        long window = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "limit" -> limit = (int) r.nextLong();
                case "remaining" -> remaining = (int) r.nextLong();
                case "reset_at" -> resetAt = r.nextLong();
                case "window" -> window = r.nextLong();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new RateBudget.Window(limit, remaining, resetAt, window);
    }

    @JSBody(params = "key", script = "try { return localStorage.getItem(key); } catch (e) { return null; }")
    private static native String load(String key);

    @JSBody(params = {"key", "value"}, script = "try { localStorage.setItem(key, value); } catch (e) { }")
    private static native void save(String key, String value);
}
