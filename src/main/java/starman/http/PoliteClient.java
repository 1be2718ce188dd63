package starman.http;

import java.util.List;
import starman.random.SplitMix64;
import starman.time.Clock;

/**
 * The HTTP client ListenBrainz should see: retry (outside) over pacing (inside) over the transport,
 * one request in flight at a time. {@link #budget()} is the pacing's view, for ETAs.
 */
public final class PoliteClient {
    /**
     * @param unknownPaceMillis the gap between requests while the rate-limit headers are unknown
     * @param seed jitter seed; spread it between tabs and devices (e.g. from the clock)
     */
    public record Options(RetryPolicy retry, long unknownPaceMillis, long seed) {
        public static Options defaults(long seed) {
            return new Options(RetryPolicy.DEFAULT, 1_000, seed);
        }
    }

    private final HttpClient http;
    private final RateBudget budget;

    private PoliteClient(HttpClient http, RateBudget budget) {
        this.http = http;
        this.budget = budget;
    }

    public static PoliteClient create(Transport transport, Clock clock, Options options) {
        RateBudget budget = new RateBudget(options.unknownPaceMillis());
        HttpClient http = new HttpClient(transport, List.of(
                new RetryInterceptor(clock, options.retry(), new SplitMix64(options.seed())),
                new RateLimitInterceptor(clock, budget)));
        return new PoliteClient(http, budget);
    }

    public HttpClient http() {
        return http;
    }

    public RateBudget budget() {
        return budget;
    }
}
