package starman.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulator has seen, for tests: a polite client causes no {@link #rateLimited()}. */
public final class SimulatorStats {
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicLong preflights = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final Map<String, AtomicLong> perEndpoint = new ConcurrentHashMap<>();

    /** Counts an API request (not a pre-flight) and returns its number, starting at 1. */
    long apiRequest(String endpoint) {
        perEndpoint.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
        return apiRequests.incrementAndGet();
    }

    void preflight() {
        preflights.incrementAndGet();
    }

    void rateLimitedAnswer() {
        rateLimited.incrementAndGet();
    }

    void fault() {
        faults.incrementAndGet();
    }

    /** API requests received, pre-flights excluded. */
    public long requests() {
        return apiRequests.get();
    }

    public long preflights() {
        return preflights.get();
    }

    /** 429s answered because the client went over its quota (injected storms are not counted here). */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** Faults injected, 429 storms included (one per request answered with a fault). */
    public long faults() {
        return faults.get();
    }

    /** Requests per endpoint: "listens", "playing-now", "listen-count", "validate-token",
     * "metadata/recording", "metadata/release_group", "unknown". */
    public Map<String, Long> perEndpoint() {
        Map<String, Long> counts = new TreeMap<>();
        perEndpoint.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    public long requests(String endpoint) {
        AtomicLong count = perEndpoint.get(endpoint);
        return count == null ? 0 : count.get();
    }
}
