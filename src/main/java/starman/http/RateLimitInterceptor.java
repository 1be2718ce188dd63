package starman.http;

import java.io.IOException;
import java.util.function.LongConsumer;
import starman.time.Clock;

/**
 * Paces requests by the server's rate-limit headers and lets one request be in flight at a time: the
 * lock is held from the wait through the answer, so the budget each request sees is up to date.
 */
public final class RateLimitInterceptor implements Interceptor {
    /** Waits at least this long are announced: the person should know why nothing moves. */
    public static final long LONG_WAIT_MILLIS = 5_000;

    private final Clock clock;
    private final RateBudget budget;
    private final Object lock = new Object();
    private volatile LongConsumer longWaits = millis -> { };

    public RateLimitInterceptor(Clock clock, RateBudget budget) {
        this.clock = clock;
        this.budget = budget;
    }

    /** Hears the length of each long wait as it starts, and 0 when it is over. */
    public void onLongWait(LongConsumer listener) {
        longWaits = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        synchronized (lock) {
            long delay = budget.delayMillis(clock.nowMillis());
            boolean announced = delay >= LONG_WAIT_MILLIS;
            if (announced) {
                longWaits.accept(delay);
            }
            Sleeper.sleep(clock, delay);
            if (announced) {
                longWaits.accept(0);
            }
            budget.sent(clock.nowMillis());
            Response response = chain.proceed(chain.request());
            budget.answered(response, clock.nowMillis());
            return response;
        }
    }
}
