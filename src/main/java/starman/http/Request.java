package starman.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request: method, absolute URL, headers, optional body. */
public record Request(String method, String url, Map<String, String> headers, String body) {

    public Request {
        headers = Map.copyOf(headers);
    }

    public static Request get(String url) {
        return new Request("GET", url, Map.of(), null);
    }

    public Request withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Request(method, url, h, body);
    }
}
