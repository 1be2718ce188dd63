package starman.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import starman.model.Listen;
import starman.model.ListenKey;

/**
 * One user's listens as the server holds them, sorted by (listened_at, msid), answering the listens
 * endpoint's paging exactly as ListenBrainz does. Thread-safe.
 */
final class ListenStore {
    private final List<Listen> listens;

    ListenStore(List<Listen> history) {
        listens = new ArrayList<>(history);
        listens.sort(Comparator.comparing(Listen::key));
    }

    /**
     * Up to {@code count} listens strictly between the bounds (null: unbounded), newest first. With a
     * {@code minTs} these are the oldest after it, otherwise the newest before {@code maxTs}.
     */
    synchronized List<Listen> page(Long minTs, Long maxTs, int count) {
        int from = minTs == null ? 0 : firstIndex(minTs, true);
        int to = maxTs == null ? listens.size() : firstIndex(maxTs, false);
        if (from >= to) {
            return List.of();
        }
        List<Listen> page = minTs != null
                ? listens.subList(from, Math.min(to, from + count))
                : listens.subList(Math.max(from, to - count), to);
        List<Listen> newestFirst = new ArrayList<>(page);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Adds a listen unless one with the same (listened_at, msid) exists, as ListenBrainz's unique key does. */
    synchronized boolean add(Listen listen) {
        int i = Collections.binarySearch(listens, listen, Comparator.comparing(Listen::key));
        if (i >= 0) {
            return false;
        }
        listens.add(-i - 1, listen);
        return true;
    }

    synchronized boolean delete(long listenedAt, String msid) {
        ListenKey key = new ListenKey(listenedAt, msid);
        return listens.removeIf(l -> l.key().equals(key));
    }

    synchronized int count() {
        return listens.size();
    }

    /** The newest listened_at, 0 when empty. */
    synchronized long latest() {
        return listens.isEmpty() ? 0 : listens.get(listens.size() - 1).listenedAt();
    }

    /** The oldest listened_at, 0 when empty. */
    synchronized long oldest() {
        return listens.isEmpty() ? 0 : listens.get(0).listenedAt();
    }

    synchronized List<Listen> snapshot() {
        return List.copyOf(listens);
    }

    /** The index of the first listen after {@code ts} ({@code after}) or at or after it. */
    private int firstIndex(long ts, boolean after) {
        int lo = 0;
        int hi = listens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long at = listens.get(mid).listenedAt();
            if (after ? at <= ts : at < ts) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
