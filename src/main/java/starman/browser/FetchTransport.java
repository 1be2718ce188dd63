package starman.browser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.json.JsonReader;
import starman.json.JsonWriter;

/**
 * The browser's {@link Transport}: window.fetch. The promise is settled on the JS side into one result
 * object (a rejected promise awaited from wasm-gc hangs the thread), then handed to the waiting Java thread.
 */
public final class FetchTransport implements Transport {

    @Override
    public Response execute(Request request) throws IOException {
        JsonWriter headers = new JsonWriter().beginObject();
        request.headers().forEach((k, v) -> headers.name(k).value(v));
        FetchResult result = fetch(request.method(), request.url(), headers.endObject().toString(), request.body());
        if (result.getError() != null) {
            throw new IOException("Network error: " + result.getError());
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

    @Async
    private static native FetchResult fetch(String method, String url, String headersJson, String body);

    private static void fetch(String method, String url, String headersJson, String body,
                              AsyncCallback<FetchResult> callback) {
        startFetch(method, url, headersJson, body, callback::complete);
    }

    @JSBody(params = {"method", "url", "headersJson", "body", "done"}, script = ""
            + "var init = {method: method, headers: JSON.parse(headersJson), cache: 'no-store'};"
            + "if (body !== null) { init.body = body; }"
            + "fetch(url, init).then(function(r) {"
            + "  return r.text().then(function(text) {"
            + "    var h = {}; r.headers.forEach(function(v, k) { h[k] = v; });"
            + "    done({status: r.status, headers: JSON.stringify(h), body: text, error: null});"
            + "  });"
            + "}).catch(function(e) { done({status: 0, headers: '{}', body: '', error: String(e)}); });")
    private static native void startFetch(String method, String url, String headersJson, String body, Done done);

    @JSFunctor
    interface Done extends JSObject {
        void complete(FetchResult result);
    }

    interface FetchResult extends JSObject {
        @JSProperty
        int getStatus();

        @JSProperty
        String getHeaders();

        @JSProperty
        String getBody();

        @JSProperty
        String getError();
    }
}
