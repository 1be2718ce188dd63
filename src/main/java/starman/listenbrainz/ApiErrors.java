package starman.listenbrainz;

import starman.http.Response;
import starman.json.JsonReader;

/** Turns an unsuccessful response into a {@link ListenBrainzException} with a human message. */
final class ApiErrors {
    static final String METADATA_NOT_OFFERED = "This API root offers no metadata look-ups (HTTP 404), so albums"
            + " and lengths come from the listens alone.";

    private ApiErrors() {
    }

    /**
     * What a request is about, for the sentence its 404 gets: a user, the metadata look-ups (which a
     * ListenBrainz-compatible server may not offer while its listens work), or nothing (the address itself).
     */
    record Subject(String user, boolean metadata) {
        static final Subject ADDRESS = new Subject(null, false);
        static final Subject METADATA = new Subject(null, true);

        static Subject user(String name) {
            return new Subject(name, false);
        }
    }

    static ListenBrainzException fromStatus(Response response, Subject subject) {
        int status = response.status();
        String detail = errorText(response.body());
        switch (status) {
            case 404:
                if (subject.metadata()) {
                    return new ListenBrainzException(ListenBrainzException.Kind.NOT_OFFERED, METADATA_NOT_OFFERED);
                }
                if (subject.user() == null) {
                    return new ListenBrainzException(ListenBrainzException.Kind.BAD_REQUEST,
                            "ListenBrainz has no such address (HTTP 404); check the API root.");
                }
                return new ListenBrainzException(ListenBrainzException.Kind.UNKNOWN_USER,
                        "ListenBrainz has no user called '" + subject.user() + "'.");
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
