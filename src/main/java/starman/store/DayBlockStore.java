package starman.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;

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
    /** Every track the stored listens have had, numbered once for the store's life (see {@link #tracksFrom}). */
    private final DayBlock.Tracks tracks = new DayBlock.Tracks();
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
            count += DayBlock.size(block);
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
    public synchronized long oldestListenedAt() {
        return blocks.isEmpty() ? 0 : DayBlock.columns(blocks.firstEntry().getValue()).listenedAt()[0];
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
        List<ListenKey> removed = new ArrayList<>();
        if (reconcileFrom <= reconcileTo) {
            Set<ListenKey> keep = new HashSet<>();
            for (Listen listen : listens) {
                keep.add(listen.key());
            }
            int first = DayBlock.dayOf(reconcileFrom);
            int last = DayBlock.dayOf(reconcileTo);
            for (int day : blocks.subMap(first, true, last, true).keySet()) {
                day(days, day).values().removeIf(l -> {
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
            TreeMap<ListenKey, Listen> day = day(days, DayBlock.dayOf(listen.listenedAt()));
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
            newCount += day.getValue().size() - (old == null ? 0 : DayBlock.size(old));
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
        for (byte[] block : blocksPut.values()) {
            DayBlock.Columns c = DayBlock.columns(block);
            for (int i = 0; i < c.size(); i++) {
                tracks.number(c, i, dictionary);
            }
        }
        observer.applied(put, removed);
    }

    @Override
    public synchronized int count() {
        return count;
    }

    @Override
    public synchronized List<Listen> all() {
        List<Listen> all = new ArrayList<>(count);
        for (byte[] block : blocks.values()) {
            all.addAll(DayBlock.decode(block, dictionary, tracks));
        }
        return all;
    }

    /** The listens with {@code from <= listened_at < to}, oldest first; decodes only the days they fall on. */
    public synchronized List<Listen> between(long from, long to) {
        List<Listen> between = new ArrayList<>();
        if (from >= to) {
            return between;
        }
        DayBlock.Tracks tracks = new DayBlock.Tracks();
        for (byte[] block : blocks.subMap(DayBlock.dayOf(from), true, DayBlock.dayOf(to - 1), true).values()) {
            for (Listen listen : DayBlock.decode(block, dictionary, tracks)) {
                if (listen.listenedAt() >= from && listen.listenedAt() < to) {
                    between.add(listen);
                }
            }
        }
        return between;
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
            List<Listen> day = DayBlock.decode(block, dictionary, tracks);
            for (int i = day.size() - 1; i >= 0 && newest.size() < n; i--) {
                newest.add(day.get(i));
            }
            if (newest.size() == n) {
                break;
            }
        }
        return newest;
    }

    /** Hears every stored listen as ids, without an object apiece. */
    public interface RowVisitor {
        /**
         * @param msid the dictionary id of the recording_msid (see {@link #string})
         * @param track the listen's track number (see {@link #track})
         */
        void row(long listenedAt, int msid, int track);
    }

    /** Visits every stored listen, oldest day first, each day in (listened_at, msid) order: the cold start's read. */
    public synchronized void forEachRow(RowVisitor visitor) {
        DayBlock.Rows rows = new DayBlock.Rows();
        for (byte[] block : blocks.values()) {
            rows.read(block);
            for (int i = 0; i < rows.size; i++) {
                visitor.row(rows.listenedAt[i], rows.msid[i],
                        tracks.number(rows.artist[i], rows.track[i], rows.release[i], rows.extra[i], dictionary));
            }
        }
    }

    /** A string of the dictionary the rows' ids point into. */
    public synchronized String string(int id) {
        return dictionary.string(id);
    }

    /** The metadata of a track number; listens of one track share the object. */
    public synchronized TrackMetadata track(int number) {
        return tracks.metadata(number);
    }

    /**
     * The distinct tracks numbered {@code from} on: what stored listens brought since the caller last asked (each track once, however many listens have it). Numbers count every track
     * read or stored so far; one whose listens were since deleted stays in the list.
     */
    public synchronized List<TrackMetadata> tracksFrom(int from) {
        List<TrackMetadata> since = new ArrayList<>(Math.max(0, tracks.size() - from));
        for (int n = from; n < tracks.size(); n++) {
            since.add(tracks.metadata(n));
        }
        return since;
    }

    /** The number the next new track will get: pass it to {@link #tracksFrom} later. */
    public synchronized int trackCount() {
        return tracks.size();
    }

    /** The stored listens whose metadata is one of {@code wanted} (objects this store handed out), oldest first. */
    public synchronized List<Listen> listensOf(Collection<TrackMetadata> wanted) {
        Set<TrackMetadata> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(wanted);
        List<Listen> listens = new ArrayList<>();
        if (set.isEmpty()) {
            return listens;
        }
        for (byte[] block : blocks.values()) {
            DayBlock.Columns c = DayBlock.columns(block);
            for (int i = 0; i < c.size(); i++) {
                TrackMetadata track = tracks.metadata(tracks.number(c, i, dictionary));
                if (set.contains(track)) {
                    listens.add(DayBlock.listen(c, i, dictionary, track));
                }
            }
        }
        return listens;
    }

    /** The stored listens of a day, decoded once per write; listens of one track share its metadata. */
    private TreeMap<ListenKey, Listen> day(Map<Integer, TreeMap<ListenKey, Listen>> days, int day) {
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
