package starman.http;

import java.io.IOException;
import java.util.function.LongConsumer;
import starman.time.Clock;

/**
 * Paces requests by the server's rate-limit headers. Requests take their turn under a lock (the wait for
 * the budget and the unit spent), but the lock is not held while a request is on the wire: a hung request
 * must not stop the others (the budget counts what is in flight).
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
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException | RuntimeException e) {
            budget.unanswered();
            throw e;
        }
        budget.answered(response, clock.nowMillis());
        return response;
    }
}
