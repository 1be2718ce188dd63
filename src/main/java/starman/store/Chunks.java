package starman.store;

import java.util.ArrayList;
import java.util.List;

/**
 * How an append-only table (the dictionary, the track table) lies in its persisted chunks, each keyed by its first
 * id. Every commit adds a chunk of what is new; left alone, a year of sync pages would leave thousands of tiny
 * records, and a cold start pays per record. So a new chunk swallows the chunks before it while they are not
 * larger than twice it: chunk sizes keep roughly doubling up to {@link #MAX_MERGED}, their number stays near log2
 * of that plus one per {@code MAX_MERGED} entries, and an id is rewritten a few times in its life at most.
 */
final class Chunks {
    /** The persisted chunks' first ids, ascending; the table has {@link #size} entries persisted. */
    private final List<Integer> starts = new ArrayList<>();
    private int size;

    Chunks(int[] keys, int size) {
        for (int key : keys) {
            starts.add(key);
        }
        this.size = size;
    }

    /**
     * Chunks merge no larger than this many entries: a merge writes the whole chunk in one commit, which the page
     * pays for in one go (encoding it, handing it to the browser), so a large table keeps a few dozen chunks
     * instead of rewriting most of itself now and then.
     */
    static final int MAX_MERGED = 1 << 16;

    /** Where the next chunk of a table grown to {@code grown} entries starts, after its merges. */
    int nextStart(int grown) {
        int start = size;
        for (int i = starts.size() - 1; i >= 0; i--) {
            int count = (i + 1 < starts.size() ? starts.get(i + 1) : size) - starts.get(i);
            if (count > 2 * (grown - start) || grown - starts.get(i) > MAX_MERGED) {
                break;
            }
            start = starts.get(i);
        }
        return start;
    }

    /** The keys the next chunk (from {@link #nextStart}) replaces, its own excepted: to delete in the same commit. */
    List<Integer> replaced(int start) {
        List<Integer> gone = new ArrayList<>();
        for (int key : starts) {
            if (key > start) {
                gone.add(key);
            }
        }
        return gone;
    }

    /** The chunk [{@code start}, {@code grown}) was committed. */
    void committed(int start, int grown) {
        starts.removeIf(key -> key >= start);
        starts.add(start);
        size = grown;
    }

    /** Where the chunks stand, to {@link #restore} should a commit fail. */
    record State(List<Integer> starts, int size) {
    }

    State state() {
        return new State(new ArrayList<>(starts), size);
    }

    void restore(State state) {
        starts.clear();
        starts.addAll(state.starts());
        size = state.size();
    }

    int size() {
        return size;
    }

    int count() {
        return starts.size();
    }
}
