package starman.http;

import java.io.IOException;
import starman.time.Clock;

/**
 * Paces requests by the server's rate-limit headers and lets one request be in flight at a time: the
 * lock is held from the wait through the answer, so the budget each request sees is up to date.
 */
public final class RateLimitInterceptor implements Interceptor {
    private final Clock clock;
    private final RateBudget budget;
    private final Object lock = new Object();

    public RateLimitInterceptor(Clock clock, RateBudget budget) {
        this.clock = clock;
        this.budget = budget;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        synchronized (lock) {
            Sleeper.sleep(clock, budget.delayMillis(clock.nowMillis()));
            budget.sent(clock.nowMillis());
            Response response = chain.proceed(chain.request());
            budget.answered(response, clock.nowMillis());
            return response;
        }
    }
}
