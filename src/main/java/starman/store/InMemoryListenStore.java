package starman.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import starman.model.Listen;
import starman.model.ListenKey;

/** A {@link ListenStore} in a sorted map: for tests, tools and the CLI. */
public final class InMemoryListenStore implements ListenStore {
    private final TreeMap<ListenKey, Listen> listens = new TreeMap<>();
    private SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;

    @Override
    public synchronized long newestListenedAt() {
        return listens.isEmpty() ? 0 : listens.lastKey().listenedAt();
    }

    @Override
    public synchronized SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public synchronized void apply(PageWrite page) {
        Set<ListenKey> keep = new HashSet<>();
        for (Listen listen : page.listens()) {
            keep.add(listen.key());
        }
        if (page.reconcileFrom() <= page.reconcileTo()) {
            NavigableMap<ListenKey, Listen> window = listens.tailMap(new ListenKey(page.reconcileFrom(), ""), true);
            if (page.reconcileTo() < Long.MAX_VALUE) {
                window = window.headMap(new ListenKey(page.reconcileTo() + 1, ""), false);
            }
            window.keySet().removeIf(key -> !keep.contains(key));
        }
        for (Listen listen : page.listens()) {
            listens.put(listen.key(), listen);
        }
        checkpoint = page.checkpoint();
    }

    @Override
    public synchronized int count() {
        return listens.size();
    }

    @Override
    public synchronized List<Listen> all() {
        return new ArrayList<>(listens.values());
    }
}
