package starman.listenbrainz;

import starman.http.Response;
import starman.json.JsonReader;

/** Turns an unsuccessful response into a {@link ListenBrainzException} with a human message. */
final class ApiErrors {
    private ApiErrors() {
    }

    /** @param user the user name the request was about, or null for an endpoint of no user */
    static ListenBrainzException fromStatus(Response response, String user) {
        int status = response.status();
        String detail = errorText(response.body());
        switch (status) {
            case 404:
                if (user == null) {
                    return new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST,
                            "ListenBrainz has no such address (HTTP 404); check the API root.");
                }
                return new ListenBrainzException(ListenBrainzException.Kind.UNKNOWN_USER,
                        "ListenBrainz has no user called '" + user + "'.");
            case 401:
            case 403:
                return new ListenBrainzException(ListenBrainzException.Kind.BAD_TOKEN,
                        "ListenBrainz refused the token" + suffix(detail));
            case 429:
                return new ListenBrainzException(ListenBrainzException.Kind.RATE_LIMITED,
                        "ListenBrainz is rate limiting us; try again in a minute.");
            default:
                if (status >= 500) {
                    return new ListenBrainzException(ListenBrainzException.Kind.SERVER_ERROR,
                            "ListenBrainz had a server error (HTTP " + status + "); try again later.");
                }
                return new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST,
                        "ListenBrainz refused the request (HTTP " + status + ")" + suffix(detail));
        }
    }

    private static String suffix(String detail) {
        return detail == null ? "." : ": " + detail;
    }

    /** The {@code error} field of ListenBrainz's JSON error body, if any. */
    private static String errorText(String body) {
        try {
            JsonReader r = new JsonReader(body);
            r.beginObject();
            while (r.hasNext()) {
                if (r.nextName().equals("error")) {
                    return r.nextStringOrNull();
                }
                r.skipValue();
            }
        } catch (RuntimeException e) {
            // not JSON: the status alone speaks
        }
        return null;
    }
}
