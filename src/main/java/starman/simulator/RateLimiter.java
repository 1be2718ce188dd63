package starman.simulator;

import java.util.HashMap;
import java.util.Map;
import starman.time.Clock;

/** ListenBrainz's (brainzutils') limiter: a fixed window per client IP; a refused request still counts. */
final class RateLimiter {
    /** What the X-RateLimit headers say after a request; {@code allowed} false means answer 429. */
    record Quota(int limit, int remaining, long resetEpochSeconds, double resetInSeconds, boolean allowed) {
    }

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, long[]> windows = new HashMap<>();

    RateLimiter(int limit, int windowSeconds, Clock clock) {
        this.limit = limit;
        this.windowMillis = windowSeconds * 1000L;
        this.clock = clock;
    }

    /** Counts one request from {@code ip} in the current window. */
    synchronized Quota take(String ip) {
        long now = clock.nowMillis();
        long window = now / windowMillis;
        long[] state = windows.computeIfAbsent(ip, k -> new long[2]);
        if (state[0] != window) {
            state[0] = window;
            state[1] = 0;
        }
        long used = ++state[1];
        long resetMillis = (window + 1) * windowMillis;
        return new Quota(limit, (int) Math.max(0, limit - used), resetMillis / 1000,
                (resetMillis - now) / 1000.0, used <= limit);
    }
}
