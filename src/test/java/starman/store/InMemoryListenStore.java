package starman.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import starman.model.Listen;
import starman.model.ListenKey;

/** A {@link ListenStore} in a sorted map, for tests. */
public final class InMemoryListenStore implements ListenStore {
    private final TreeMap<ListenKey, Listen> listens = new TreeMap<>();
    private SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;

    @Override
    public synchronized long newestListenedAt() {
        return listens.isEmpty() ? 0 : listens.lastKey().listenedAt();
    }

    @Override
    public synchronized long oldestListenedAt() {
        return listens.isEmpty() ? 0 : listens.firstKey().listenedAt();
    }

    @Override
    public synchronized SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public synchronized void apply(PageWrite page) {
        page.applyTo(listens, listen -> listen);
        checkpoint = page.checkpoint();
    }

    @Override
    public synchronized int merge(List<Listen> added) {
        int before = listens.size();
        for (Listen listen : added) {
            listens.putIfAbsent(listen.key(), listen);
        }
        return listens.size() - before;
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
