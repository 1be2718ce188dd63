package starman.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An HTTP response with its whole body; header names are kept lower-case. */
public record Response(int status, Map<String, String> headers, String body) {

    public Response {
        Map<String, String> lower = new HashMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            lower.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        headers = lower;
    }

    /** A header's value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
