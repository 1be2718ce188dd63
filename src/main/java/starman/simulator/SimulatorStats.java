package starman.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulator has seen, for tests: a polite client causes no {@link #rateLimited()}. */
public final class SimulatorStats {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong preflights = new AtomicLong();
    private final AtomicLong withToken = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final Map<String, AtomicLong> perEndpoint = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> perStatus = new ConcurrentHashMap<>();
    private final Map<Fault.Kind, AtomicLong> perFault = new ConcurrentHashMap<>();

    /** Counts an API request (not a pre-flight) and returns its number, starting at 1. */
    long countRequest(String endpoint) {
        increment(perEndpoint, endpoint);
        return requests.incrementAndGet();
    }

    void countWithToken() {
        withToken.incrementAndGet();
    }

    void countPreflight() {
        preflights.incrementAndGet();
    }

    void countRateLimited() {
        rateLimited.incrementAndGet();
    }

    void countFault(Fault.Kind kind) {
        faults.incrementAndGet();
        increment(perFault, kind);
    }

    void countAnswer(int status) {
        increment(perStatus, status);
    }

    /** API requests received, pre-flights excluded. */
    public long requests() {
        return requests.get();
    }

    /**
     * Requests to one endpoint: "listens", "playing-now", "listen-count", "validate-token",
     * "metadata/recording", "metadata/release_group" or "unknown".
     */
    public long requests(String endpoint) {
        return get(perEndpoint, endpoint);
    }

    public Map<String, Long> perEndpoint() {
        Map<String, Long> counts = new TreeMap<>();
        perEndpoint.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    /** API requests that carried an {@code Authorization: Token …} header. */
    public long withToken() {
        return withToken.get();
    }

    public long preflights() {
        return preflights.get();
    }

    /** 429s answered because the client went over its quota; injected storms are {@link #faults()}. */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** API requests answered with an injected fault, each request of a 429 storm included. */
    public long faults() {
        return faults.get();
    }

    /** Injected faults of one kind; each request of a storm counts as one {@link Fault.Kind#STORM}. */
    public long faults(Fault.Kind kind) {
        return get(perFault, kind);
    }

    /** API answers sent with this status (a dropped connection sends none). */
    public long answered(int status) {
        return get(perStatus, status);
    }

    private static <K> void increment(Map<K, AtomicLong> counts, K key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static <K> long get(Map<K, AtomicLong> counts, K key) {
        AtomicLong count = counts.get(key);
        return count == null ? 0 : count.get();
    }
}
