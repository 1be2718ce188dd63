package starman.simulator;

/**
 * One misbehaviour the simulator can inject into an API answer. Faults never change the data.
 *
 * @param status the HTTP status of a {@link Kind#SERVER_ERROR} or {@link Kind#PROXY_ERROR}
 * @param rateLimitHeaders whether the faulty answer still carries the X-RateLimit headers
 * @param delayMillis the real delay of a {@link Kind#SLOW} answer
 * @param storm how many consecutive requests a {@link Kind#STORM} answers with 429
 */
public record Fault(Kind kind, int status, boolean rateLimitHeaders, long delayMillis, int storm) {

    public enum Kind {
        /** The connection is closed without any response. */
        DROP,
        /** The status line and headers arrive, then the connection closes half-way through the body. */
        RESET,
        /** A 5xx answer (a JSON error for 500, a proxy's HTML page for 502/503). */
        SERVER_ERROR,
        /**
         * A front proxy's 502 page without CORS headers (ListenBrainz's own answers carry them): a page of another
         * origin cannot read it, so its fetch fails as if no answer came; the JVM reads a 502.
         */
        PROXY_ERROR,
        /** The normal answer, after a delay. */
        SLOW,
        /** Status 200 with the JSON body cut in half. */
        TRUNCATED,
        /** Status 200 with a body that is not JSON at all (a captive portal's or a proxy's page). */
        MALFORMED,
        /** 429 for this and the next {@code storm - 1} requests, whatever the quota says. */
        STORM
    }

    public static Fault drop() {
        return new Fault(Kind.DROP, 0, false, 0, 0);
    }

    public static Fault serverError(int status, boolean rateLimitHeaders) {
        return new Fault(Kind.SERVER_ERROR, status, rateLimitHeaders, 0, 0);
    }

    public static Fault proxyError() {
        return new Fault(Kind.PROXY_ERROR, 502, false, 0, 0);
    }

    public static Fault slow(long delayMillis) {
        return new Fault(Kind.SLOW, 200, true, delayMillis, 0);
    }

    public static Fault reset() {
        return new Fault(Kind.RESET, 200, true, 0, 0);
    }

    public static Fault malformed() {
        return new Fault(Kind.MALFORMED, 200, false, 0, 0);
    }

    public static Fault truncated() {
        return new Fault(Kind.TRUNCATED, 200, true, 0, 0);
    }

    public static Fault storm(int requests) {
        return new Fault(Kind.STORM, 429, true, 0, requests);
    }
}
