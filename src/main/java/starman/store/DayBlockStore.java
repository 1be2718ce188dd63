package starman.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import starman.model.Listen;
import starman.model.ListenKey;

/**
 * A {@link ListenStore} over day blocks and one dictionary (STORAGE.md layout e), the shape the
 * browser keeps in IndexedDB. The blocks stay in memory (about 17 bytes a listen); each
 * {@link #apply} works out the changed days and hands them, with the grown dictionary and the
 * checkpoint, to {@link Persistence#commit} as one transaction, and changes its own state only once
 * that succeeded.
 */
public final class DayBlockStore implements ListenStore {
    /** Where blocks are kept: IndexedDB in the browser (one transaction per commit), memory in tests. */
    public interface Persistence {
        /** Writes all of {@code changes} or, throwing, nothing. */
        void commit(Changes changes);
    }

    /** Hears what each committed page changed, e.g. to keep an index of the listens up to date. */
    public interface Observer {
        /** {@code put}: listens now stored (new or rewritten); {@code removed}: listens the server no longer has. */
        void applied(List<Listen> put, List<ListenKey> removed);
    }

    /**
     * One transaction's worth.
     *
     * @param dictionaryStart the id of the first string in {@code dictionaryChunk}: the chunk's key
     * @param dictionaryChunk the strings added since the last commit (see {@link ListenDictionary#toBytes(int)}),
     *                        or null when none were
     */
    public record Changes(Map<Integer, byte[]> putDays, Set<Integer> deletedDays, int dictionaryStart,
                          byte[] dictionaryChunk, SyncCheckpoint checkpoint) {
    }

    private final ListenDictionary dictionary;
    private final TreeMap<Integer, byte[]> blocks;
    private final Persistence persistence;
    private Observer observer = (put, removed) -> { };
    private SyncCheckpoint checkpoint;
    private int persistedDictionarySize;
    private int count;

    /** Opens a store over what was persisted; {@code blocks} maps day numbers to encoded blocks. */
    public DayBlockStore(ListenDictionary dictionary, Map<Integer, byte[]> blocks, SyncCheckpoint checkpoint,
                         Persistence persistence) {
        this.dictionary = dictionary;
        this.blocks = new TreeMap<>(blocks);
        this.checkpoint = checkpoint;
        this.persistence = persistence;
        this.persistedDictionarySize = dictionary.size();
        for (byte[] block : blocks.values()) {
            count += DayBlock.columns(block).size();
        }
    }

    public static DayBlockStore empty(Persistence persistence) {
        return new DayBlockStore(new ListenDictionary(), Map.of(), SyncCheckpoint.IDLE, persistence);
    }

    public synchronized void setObserver(Observer observer) {
        this.observer = observer;
    }

    @Override
    public synchronized long newestListenedAt() {
        if (blocks.isEmpty()) {
            return 0;
        }
        long[] times = DayBlock.columns(blocks.lastEntry().getValue()).listenedAt();
        return times[times.length - 1];
    }

    @Override
    public synchronized SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public synchronized void apply(PageWrite page) {
        write(page.listens(), page.reconcileFrom(), page.reconcileTo(), false, page.checkpoint());
    }

    @Override
    public synchronized int merge(List<Listen> listens) {
        int before = count;
        write(listens, 1, 0, true, checkpoint);
        return count - before;
    }

    /** One transaction: puts (or, {@code keepStored}, adds) listens and drops stored ones in the reconcile range. */
    private void write(List<Listen> listens, long reconcileFrom, long reconcileTo, boolean keepStored,
                       SyncCheckpoint next) {
        Map<Integer, TreeMap<ListenKey, Listen>> days = new HashMap<>();
        DayBlock.Tracks tracks = new DayBlock.Tracks();
        List<ListenKey> removed = new ArrayList<>();
        if (reconcileFrom <= reconcileTo) {
            Set<ListenKey> keep = new HashSet<>();
            for (Listen listen : listens) {
                keep.add(listen.key());
            }
            int first = DayBlock.dayOf(reconcileFrom);
            int last = DayBlock.dayOf(reconcileTo);
            for (int day : blocks.subMap(first, true, last, true).keySet()) {
                day(days, day, tracks).values().removeIf(l -> {
                    boolean gone = l.listenedAt() >= reconcileFrom && l.listenedAt() <= reconcileTo
                            && !keep.contains(l.key());
                    if (gone) {
                        removed.add(l.key());
                    }
                    return gone;
                });
            }
        }
        List<Listen> put = keepStored ? new ArrayList<>() : listens;
        for (Listen listen : listens) {
            TreeMap<ListenKey, Listen> day = day(days, DayBlock.dayOf(listen.listenedAt()), tracks);
            if (!keepStored) {
                day.put(listen.key(), listen);
            } else if (day.putIfAbsent(listen.key(), listen) == null) {
                put.add(listen);
            }
        }
        Map<Integer, byte[]> blocksPut = new HashMap<>();
        Set<Integer> deleted = new HashSet<>();
        int newCount = count;
        for (Map.Entry<Integer, TreeMap<ListenKey, Listen>> day : days.entrySet()) {
            byte[] old = blocks.get(day.getKey());
            newCount += day.getValue().size() - (old == null ? 0 : DayBlock.columns(old).size());
            if (!day.getValue().isEmpty()) {
                blocksPut.put(day.getKey(), DayBlock.encode(new ArrayList<>(day.getValue().values()), dictionary));
            } else if (old != null) {
                deleted.add(day.getKey());
            }
        }
        boolean grown = dictionary.size() > persistedDictionarySize;
        persistence.commit(new Changes(blocksPut, deleted, persistedDictionarySize,
                grown ? dictionary.toBytes(persistedDictionarySize) : null, next));
        persistedDictionarySize = dictionary.size();
        blocks.putAll(blocksPut);
        deleted.forEach(blocks::remove);
        count = newCount;
        checkpoint = next;
        observer.applied(put, removed);
    }

    @Override
    public synchronized int count() {
        return count;
    }

    @Override
    public synchronized List<Listen> all() {
        List<Listen> all = new ArrayList<>(count);
        DayBlock.Tracks tracks = new DayBlock.Tracks();
        for (byte[] block : blocks.values()) {
            all.addAll(DayBlock.decode(block, dictionary, tracks));
        }
        return all;
    }

    /** Every listen, oldest first, decoded one day at a time (an export needs no list of them all). */
    public synchronized void forEach(Consumer<Listen> action) {
        DayBlock.Tracks tracks = new DayBlock.Tracks();
        for (byte[] block : blocks.values()) {
            DayBlock.decode(block, dictionary, tracks).forEach(action);
        }
    }

    /** The newest {@code n} listens, newest first; decodes only the last days. */
    public synchronized List<Listen> newest(int n) {
        List<Listen> newest = new ArrayList<>(n);
        for (byte[] block : blocks.descendingMap().values()) {
            List<Listen> day = DayBlock.decode(block, dictionary);
            for (int i = day.size() - 1; i >= 0 && newest.size() < n; i--) {
                newest.add(day.get(i));
            }
            if (newest.size() == n) {
                break;
            }
        }
        return newest;
    }

    /** The stored listens of a day, decoded once per write; listens of one track share its metadata. */
    private TreeMap<ListenKey, Listen> day(Map<Integer, TreeMap<ListenKey, Listen>> days, int day,
                                           DayBlock.Tracks tracks) {
        return days.computeIfAbsent(day, d -> {
            TreeMap<ListenKey, Listen> listens = new TreeMap<>();
            byte[] block = blocks.get(d);
            if (block != null) {
                for (Listen listen : DayBlock.decode(block, dictionary, tracks)) {
                    listens.put(listen.key(), listen);
                }
            }
            return listens;
        });
    }
}
