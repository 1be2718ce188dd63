package starman.browser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.json.JsonReader;
import starman.json.JsonWriter;

/**
 * The browser's {@link Transport}: window.fetch, with the whole body read as text. A request gets
 * {@link #TIMEOUT_MILLIS} for its answer and body, then it is aborted (an IOException, which the retry
 * interceptor treats as no answer): a dead connection must not hold the sync for ever.
 */
public final class FetchTransport implements Transport {
    /** ListenBrainz answers a 1,000-listen page in a second or two; far longer means the connection is dead. */
    public static final int TIMEOUT_MILLIS = 30_000;

    @Override
    public Response execute(Request request) throws IOException {
        JsonWriter headers = new JsonWriter().beginObject();
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            headers.name(header.getKey()).value(header.getValue());
        }
        FetchResult result;
        try {
            result = Promises.await(fetch(request.method(), request.url(), headers.endObject().toString(),
                    request.body(), TIMEOUT_MILLIS));
        } catch (IOException e) {
            throw new IOException("Network error: " + e.getMessage(), e);
        }
        return new Response(result.getStatus(), parseHeaders(result.getHeaders()), result.getBody());
    }

    private static Map<String, String> parseHeaders(String json) {
        Map<String, String> headers = new HashMap<>();
        JsonReader r = new JsonReader(json);
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            headers.put(name, r.nextString());
        }
        r.endObject();
        return headers;
    }

    /**
     * Resolves to {status, headers (a JSON object of lower-case names), body}; a cut-off body rejects, and so
     * does one not complete after {@code timeout} ms (a TimeoutError: the abort covers the body too).
     */
    @JSBody(params = {"method", "url", "headersJson", "body", "timeout"}, script = ""
            + "var init = {method: method, headers: JSON.parse(headersJson), cache: 'no-store'};"
            + "if (body !== null) { init.body = body; }"
            + "var abort = typeof AbortController === 'undefined' ? null : new AbortController();"
            + "var timer = null;"
            + "if (abort) {"
            + "  init.signal = abort.signal;"
            + "  timer = setTimeout(function() {"
            + "    abort.abort(new DOMException('no answer within ' + timeout + ' ms', 'TimeoutError'));"
            + "  }, timeout);"
            + "}"
            + "return fetch(url, init).then(function(r) {"
            + "  return r.text().then(function(text) {"
            + "    var h = {}; r.headers.forEach(function(v, k) { h[k] = v; });"
            + "    return {status: r.status, headers: JSON.stringify(h), body: text};"
            + "  });"
            + "}).finally(function() { if (timer !== null) { clearTimeout(timer); } });")
    private static native JSObject fetch(String method, String url, String headersJson, String body, int timeout);

    interface FetchResult extends JSObject {
        @JSProperty
        int getStatus();

        @JSProperty
        String getHeaders();

        @JSProperty
        String getBody();
    }
}
