package starman.http;

import java.util.List;
import java.util.function.LongConsumer;
import starman.random.SplitMix64;
import starman.time.Clock;

/**
 * The HTTP client ListenBrainz should see: retry (outside) over pacing over the pause button (inside)
 * over the transport, one request in flight at a time. {@link #budget()} is the pacing's view, for ETAs.
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
    private final RateLimitInterceptor pacing;
    private final PauseGate pause;
    private final Transport transport;
    private final Clock clock;

    private PoliteClient(Transport transport, Clock clock, Options options, RateBudget budget, PauseGate pause) {
        this.transport = transport;
        this.clock = clock;
        this.budget = budget;
        this.pacing = new RateLimitInterceptor(clock, budget);
        this.pause = pause;
        this.http = new HttpClient(transport, List.of(
                new RetryInterceptor(clock, options.retry(), new SplitMix64(options.seed())), pacing, pause));
    }

    public static PoliteClient create(Transport transport, Clock clock, Options options) {
        return new PoliteClient(transport, clock, options, new RateBudget(options.unknownPaceMillis()), new PauseGate());
    }

    /**
     * A client for another service over the same transport and behind the same pause button, with a pace of its own:
     * one request every {@code options.unknownPaceMillis()} whatever its answers' headers say (MusicBrainz's one a
     * second), and retries of its own (a 503 is MusicBrainz's "slow down").
     */
    public PoliteClient fixedPace(Options options) {
        return new PoliteClient(transport, clock, options, RateBudget.fixed(options.unknownPaceMillis()), pause);
    }

    public HttpClient http() {
        return http;
    }

    public RateBudget budget() {
        return budget;
    }

    /** Pausing it holds every request of this client until it is resumed. */
    public PauseGate pause() {
        return pause;
    }

    /** See {@link RateLimitInterceptor#onLongWait}: for "ListenBrainz asked us to slow down" on screen. */
    public void onLongWait(LongConsumer listener) {
        pacing.onLongWait(listener);
    }
}
