package starman.store;

import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Function;
import starman.model.Listen;
import starman.model.ListenKey;

/**
 * One sync page to apply atomically: put {@link #listens} (idempotent on (listened_at,
 * recording_msid)), remove every stored listen with listened_at in [{@link #reconcileFrom},
 * {@link #reconcileTo}] that is not among them (the server no longer has it), and store
 * {@link #checkpoint}. An empty range ({@code from > to}) removes nothing.
 */
public record PageWrite(List<Listen> listens, long reconcileFrom, long reconcileTo, SyncCheckpoint checkpoint) {
    public PageWrite {
        listens = List.copyOf(listens);
    }

    /** What applying a page changed: listens new to the store, and stored listens it removed. */
    public record Applied(int added, int removed) {
    }

    /**
     * Applies the listens and the reconcile range (not the checkpoint) to a sorted map of whatever a
     * store keeps per listen.
     */
    public <V> Applied applyTo(NavigableMap<ListenKey, V> stored, Function<Listen, V> value) {
        Set<ListenKey> keep = new HashSet<>();
        for (Listen listen : listens) {
            keep.add(listen.key());
        }
        int removed = 0;
        if (reconcileFrom <= reconcileTo) {
            NavigableMap<ListenKey, V> window = stored.tailMap(new ListenKey(reconcileFrom, ""), true);
            if (reconcileTo < Long.MAX_VALUE) {
                window = window.headMap(new ListenKey(reconcileTo + 1, ""), false);
            }
            int before = window.size();
            window.keySet().removeIf(key -> !keep.contains(key));
            removed = before - window.size();
        }
        int added = 0;
        for (Listen listen : listens) {
            if (stored.put(listen.key(), value.apply(listen)) == null) {
                added++;
            }
        }
        return new Applied(added, removed);
    }
}
