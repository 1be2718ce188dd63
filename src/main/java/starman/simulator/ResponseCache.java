package starman.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import starman.simulator.ApiRoutes.Answer;
import starman.time.Clock;

/**
 * ListenBrainz's server-side cache of listens pages (up to an hour per user, min_ts, max_ts and count)
 * and listen counts (about five minutes): a client may not see a new listen until the entry expires.
 */
final class ResponseCache {
    static final long LISTENS_MILLIS = 3_600_000;
    static final long LISTEN_COUNT_MILLIS = 300_000;

    private record Entry(Answer answer, long expiresMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    ResponseCache(Clock clock) {
        this.clock = clock;
    }

    /** The cached answer for {@code key}, else a fresh one, kept when it is a 200. */
    Answer get(String key, long ttlMillis, Supplier<Answer> fresh) {
        long now = clock.nowMillis();
        Entry entry = entries.get(key);
        if (entry != null && now < entry.expiresMillis()) {
            return entry.answer();
        }
        Answer answer = fresh.get();
        if (answer.status() == 200) {
            entries.put(key, new Entry(answer, now + ttlMillis));
        }
        return answer;
    }
}
