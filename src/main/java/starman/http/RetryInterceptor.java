package starman.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import starman.random.SplitMix64;
import starman.time.Clock;

/**
 * Retries what may pass: no answer at all (IOException), 5xx, and 429. 5xx and network failures back
 * off with jitter; a 429 is retried at once because the pacing inside us already waits for the
 * window the 429 announced. After {@link RetryPolicy#maxAttempts()} the last failure goes up as is:
 * the typed API names it.
 */
public final class RetryInterceptor implements Interceptor {
    private final Clock clock;
    private final RetryPolicy policy;
    private final SplitMix64 random;

    public RetryInterceptor(Clock clock, RetryPolicy policy, SplitMix64 random) {
        this.clock = clock;
        this.policy = policy;
        this.random = random;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (last) {
                    throw e;
                }
                backOff(attempt);
                continue;
            }
            int status = response.status();
            if (last || (status < 500 && status != 429)) {
                return response;
            }
            if (status != 429) {
                backOff(attempt);
            }
        }
    }

    private void backOff(int attempt) throws InterruptedIOException {
        long delay;
        synchronized (random) {
            delay = policy.delayMillis(attempt, random);
        }
        Sleeper.sleep(clock, delay);
    }
}
