package starman.http;

import starman.random.SplitMix64;

/**
 * How often and how patiently to retry: capped exponential backoff with jitter. The delay before
 * retry {@code n} (1-based) is uniform in [e/2, e] where {@code e = min(maxDelay, baseDelay * 2^(n-1))}.
 *
 * @param maxAttempts total attempts of one request, the first included
 */
public record RetryPolicy(int maxAttempts, long baseDelayMillis, long maxDelayMillis) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, 1_000, 30_000);

    public RetryPolicy {
        if (maxAttempts < 1 || baseDelayMillis < 0 || maxDelayMillis < baseDelayMillis) {
            throw new IllegalArgumentException("bad retry policy");
        }
    }

    long delayMillis(int retry, SplitMix64 random) {
        long exp = retry > 31 ? maxDelayMillis : Math.min(maxDelayMillis, baseDelayMillis << (retry - 1));
        long half = exp / 2;
        return half + random.nextLong(exp - half + 1);
    }
}
