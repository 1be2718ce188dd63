package starman.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.time.Breather;

/**
 * A {@link ListenStore} over day blocks, one dictionary and one track table (STORAGE.md layout e), the shape the
 * browser keeps in IndexedDB. What it holds grows with what is distinct in a history: a listen is six integers in
 * its day's block; a string, a track and a player's extra fields are held once, as bytes and ints, however many
 * listens share them. No listen object survives a write or a cold start; listens are decoded when asked for.
 *
 * <p>Each write works out the changed days and hands them, with the new strings, tracks and judgements and the
 * checkpoint, to {@link Persistence#commit} as one transaction, and moves its own state only once that returned:
 * a failed commit leaves the store as it was (the strings and tracks it added stay in memory, unpersisted, and go
 * out with the next commit, whose chunks start where the persisted ones end).
 *
 * <p>Writes take turns; readers never wait for one: a write works out its changes and commits them without
 * holding the store, then swaps them in at once, so a page reading the store while a commit is on its way to
 * disk (or while a long write {@linkplain #setBreather breathes}) reads the state before it.
 */
public final class DayBlockStore implements ListenStore {
    /** Where blocks are kept: IndexedDB in the browser (one transaction per commit), memory in tests. */
    public interface Persistence {
        /** Writes all of {@code changes} and returns once they are stored, or throws having written nothing. */
        void commit(Changes changes);

        /**
         * Starts writing {@code changes} and returns at once; {@link Pending#await} then says how it ended (the same
         * all or nothing). Unless the medium can overlap, it just commits.
         */
        default Pending start(Changes changes) {
            commit(changes);
            return () -> { };
        }
    }

    /** A commit on its way to disk. */
    public interface Pending {
        /** Returns once it is stored; throws, having stored nothing, when it failed. */
        void await();
    }

    /** Hears what each committed write changed, e.g. to keep an index of the listens up to date. */
    public interface Observer {
        /** {@code put}: listens now stored (new or rewritten); {@code removed}: listens the server no longer has. */
        void applied(List<Listen> put, List<ListenKey> removed);

        /** An import added {@code added} listens, not told one by one (read them again, e.g. rebuild an index). */
        default void merged(int added) {
        }
    }

    /**
     * One transaction's worth. Chunks of the dictionary and the track table are keyed by their first id or
     * number ({@code null}: nothing new), and a new chunk may take in the chunks after its key, which the
     * transaction deletes ({@code dictionaryReplaced}, {@code tracksReplaced}; see {@link Chunks}); judgement
     * chunks are keyed by chunk number.
     */
    public record Changes(Map<Integer, byte[]> putDays, Set<Integer> deletedDays, int dictionaryStart,
                          byte[] dictionaryChunk, List<Integer> dictionaryReplaced, int tracksStart,
                          byte[] tracksChunk, List<Integer> tracksReplaced, Map<Integer, byte[]> judgementChunks,
                          SyncCheckpoint checkpoint) {
    }

    /** What a store persisted, as read back; every list of chunks in key order. */
    public record Saved(Map<Integer, byte[]> blocks, int[] dictionaryKeys, List<byte[]> dictionaryChunks,
                        int[] trackKeys, List<byte[]> trackChunks, int[] judgementKeys, List<byte[]> judgementChunks,
                        SyncCheckpoint checkpoint) {
        public static final Saved EMPTY = new Saved(Map.of(), new int[0], List.of(), new int[0], List.of(),
                new int[0], List.of(), SyncCheckpoint.IDLE);
    }

    /** Hears every stored listen as ids, without an object apiece. */
    public interface RowVisitor {
        /**
         * @param msid the dictionary id of the recording_msid (see {@link #msidHash})
         * @param track the listen's track number (see {@link #facts}, {@link #judgedTrack})
         */
        void row(long listenedAt, int msid, int track);
    }

    private final ListenDictionary dictionary;
    private final TrackTable tracks;
    private final TrackCodec codec;
    private final TreeMap<Integer, byte[]> blocks;
    private final Persistence persistence;
    private final int[] savedJudgementKeys;
    private final List<byte[]> savedJudgementChunks;
    /** Writes take this in turn; the store's own monitor guards only the swap of its state. */
    private final Object writing = new Object();
    /** An import's last batch, still on its way to disk while the next one is read (see {@link #merge(DayBlock.Rows)}). */
    private Pending pending;
    private Undo pendingUndo;
    private Breather breather = Breather.NONE;
    private volatile Judgements judgements = new Judgements();
    private TrackJudge judge;
    private Observer observer = (put, removed) -> { };
    private SyncCheckpoint checkpoint;
    private final Chunks stringChunks;
    private final Chunks trackChunks;
    private int count;

    /** Opens a store over what was persisted; throws IllegalArgumentException when it is damaged. */
    public DayBlockStore(Saved saved, Persistence persistence) {
        this.dictionary = ListenDictionary.fromChunks(saved.dictionaryKeys(), saved.dictionaryChunks());
        this.tracks = TrackTable.fromChunks(saved.trackKeys(), saved.trackChunks());
        this.codec = new TrackCodec(dictionary, tracks);
        this.blocks = new TreeMap<>(saved.blocks());
        this.checkpoint = saved.checkpoint();
        this.persistence = persistence;
        this.savedJudgementKeys = saved.judgementKeys();
        this.savedJudgementChunks = saved.judgementChunks();
        this.stringChunks = new Chunks(saved.dictionaryKeys(), dictionary.size());
        this.trackChunks = new Chunks(saved.trackKeys(), tracks.size());
        for (byte[] block : blocks.values()) {
            count += DayBlock.size(block);
        }
    }

    public static DayBlockStore empty(Persistence persistence) {
        return new DayBlockStore(Saved.EMPTY, persistence);
    }

    public synchronized void setObserver(Observer observer) {
        this.observer = observer;
    }

    /**
     * Runs {@code build} (an index reading every stored listen) and then hands later writes to {@code observer},
     * with no write between the two: writes take turns with it.
     */
    public void follow(Runnable build, Observer observer) {
        synchronized (writing) {
            settle();
            build.run();
            setObserver(observer);
        }
    }

    /** Called between slices of long work (days of a write, blocks of a read, tracks of a judging). */
    public synchronized void setBreather(Breather breather) {
        this.breather = breather;
    }

    /**
     * Who judges tracks from now on. Facts saved under its rules are taken up; tracks without them are judged as
     * their listens are written, or by {@link #judgeTracks}.
     */
    public void setJudge(TrackJudge judge) {
        synchronized (writing) {
            changeJudge(judge);
        }
    }

    private void changeJudge(TrackJudge judge) {
        boolean sameRules = this.judge != null && this.judge.rules().equals(judge.rules());
        this.judge = judge;
        if (sameRules) {
            return;
        }
        // a chunk saved under other rules is not read; it is written again as its tracks are judged
        this.judgements = Judgements.fromChunks(savedJudgementKeys, savedJudgementChunks, judge.rules());
    }

    @Override
    public long newestListenedAt() {
        return edge(true);
    }

    @Override
    public long oldestListenedAt() {
        return edge(false);
    }

    /** The newest or the oldest stored listened_at: the last or first row of the last or first day. */
    private long edge(boolean newest) {
        byte[] block;
        synchronized (this) {
            block = blocks.isEmpty() ? null : newest ? blocks.lastEntry().getValue() : blocks.firstEntry().getValue();
        }
        if (block == null) {
            return 0;
        }
        DayBlock.Rows rows = new DayBlock.Rows();
        rows.readKeys(block);
        return rows.listenedAt[newest ? rows.size - 1 : 0];
    }

    @Override
    public synchronized SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public void apply(PageWrite page) {
        synchronized (writing) {
            List<ListenKey> removed = write(rowsOf(page.listens()), page.reconcileFrom(), page.reconcileTo(), false,
                    page.checkpoint());
            observer().applied(page.listens(), removed);
        }
    }

    private synchronized Observer observer() {
        return observer;
    }

    @Override
    public int merge(List<Listen> listens) {
        synchronized (writing) {
            int added = merge(rowsOf(listens));
            settle();
            return added;
        }
    }

    /**
     * Adds the rows whose (listened_at, msid) is not stored yet, in one transaction; the checkpoint stays. The
     * rows' ids come from this store ({@link #stringId}, {@link #trackOf}, {@link #extraOf}).
     */
    public int merge(DayBlock.Rows batch) {
        synchronized (writing) {
            int before = count();
            write(batch, 1, 0, true, checkpoint());
            int added = count() - before;
            if (pendingUndo != null) {
                pendingUndo.added = added;
            }
            return added;
        }
    }

    /** The id of a string (msid, user name) given as UTF-8 bytes, for {@link #merge(DayBlock.Rows)}. */
    public int stringId(byte[] utf8, int offset, int length) {
        return dictionary.id(utf8, offset, length);
    }

    public int stringId(String s) {
        return dictionary.id(s);
    }

    /** The track number of a listen's metadata, for {@link #merge(DayBlock.Rows)}. */
    public int trackOf(TrackMetadata track) {
        return codec.track(track);
    }

    /**
     * A {@code track_metadata} object read from JSON into its track, extra record and msid ({@code out[0..2]}, -1
     * for none), making no objects (see {@link TrackCodec#read}), for {@link #merge(DayBlock.Rows)}.
     */
    public void readTrack(JsonReader r, int[] out) {
        codec.read(r, out);
    }

    /** The extra record of a listen's metadata (-1 for none), for {@link #merge(DayBlock.Rows)}. */
    public int extraOf(TrackMetadata track) {
        return codec.extra(track);
    }

    private DayBlock.Rows rowsOf(List<Listen> listens) {
        DayBlock.Rows rows = new DayBlock.Rows();
        // listens of one submission usually share one metadata object: encode it once
        Map<TrackMetadata, long[]> encoded = new IdentityHashMap<>();
        for (Listen l : listens) {
            long[] te = encoded.computeIfAbsent(l.track(), t -> new long[] {codec.track(t), codec.extra(t)});
            rows.add(l.listenedAt(), l.insertedAt(), dictionary.id(l.recordingMsid()),
                    l.userName() == null ? -1 : dictionary.id(l.userName()), (int) te[0], (int) te[1]);
        }
        return rows;
    }

    /**
     * One transaction: puts (or, {@code keepStored}, adds) rows and drops stored ones in the reconcile range
     * [{@code reconcileFrom}, {@code reconcileTo}] that are not among them; returns the listens dropped. Runs
     * holding {@link #writing}, so no other write changes the blocks meanwhile.
     */
    private List<ListenKey> write(DayBlock.Rows incoming, long reconcileFrom, long reconcileTo, boolean keepStored,
                       SyncCheckpoint next) {
        settle();
        int[] order = sortedOrder(incoming);
        Map<Integer, byte[]> put = new HashMap<>();
        Set<Integer> deleted = new HashSet<>();
        List<ListenKey> removed = new ArrayList<>();
        int newCount = count;
        DayBlock.Rows stored = new DayBlock.Rows();
        DayBlock.Rows merged = new DayBlock.Rows();
        int i = 0;
        TreeMap<Integer, Boolean> days = new TreeMap<>();
        for (int k : order) {
            days.put(DayBlock.dayOf(incoming.listenedAt[k]), true);
        }
        if (reconcileFrom <= reconcileTo) {
            for (int day : blocks.subMap(DayBlock.dayOf(reconcileFrom), true, DayBlock.dayOf(reconcileTo), true)
                    .keySet()) {
                days.putIfAbsent(day, true);
            }
        }
        for (int day : days.keySet()) {
            byte[] old = blocks.get(day);
            stored.clear();
            if (old != null) {
                stored.read(old);
            }
            int from = i;
            while (i < order.length && DayBlock.dayOf(incoming.listenedAt[order[i]]) == day) {
                i++;
            }
            merged.clear();
            mergeDay(stored, incoming, order, from, i, keepStored, reconcileFrom, reconcileTo, merged, removed);
            newCount += merged.size - stored.size;
            if (merged.size > 0) {
                put.put(day, merged.encode(day));
            } else if (old != null) {
                deleted.add(day);
            }
            breather.breathe();
        }
        judgeNew(incoming);
        Map<Integer, byte[]> judged = judge == null ? Map.of() : judgements.dirtyChunks(judge.rules(), tracks.size());
        int strings = dictionary.size();
        int trackCount = tracks.size();
        boolean newStrings = strings > stringChunks.size();
        boolean newTracks = trackCount > trackChunks.size();
        int stringStart = stringChunks.nextStart(strings);
        int trackStart = trackChunks.nextStart(trackCount);
        Changes changes = new Changes(put, deleted, stringStart,
                newStrings ? dictionary.toBytes(stringStart) : null,
                newStrings ? stringChunks.replaced(stringStart) : List.of(), trackStart,
                newTracks ? tracks.toBytes(trackStart) : null,
                newTracks ? trackChunks.replaced(trackStart) : List.of(), judged, next);
        Undo undo = new Undo(put.keySet(), deleted, judged.keySet());
        Pending commit = persistence.start(changes);
        // the new state now, so the next batch is worked out on it; undone if the commit fails
        if (newStrings) {
            stringChunks.committed(stringStart, strings);
        }
        if (newTracks) {
            trackChunks.committed(trackStart, trackCount);
        }
        judgements.clean(judged.keySet());
        synchronized (this) {
            blocks.putAll(put);
            for (int day : deleted) {
                blocks.remove(day);
            }
            count = newCount;
            checkpoint = next;
        }
        pending = commit;
        pendingUndo = undo;
        if (!keepStored) {
            settle();
        }
        return removed;
    }

    /** What a write changed, to put back should its commit fail. */
    private final class Undo {
        private final Map<Integer, byte[]> days = new HashMap<>();
        private final int count;
        private final SyncCheckpoint checkpoint;
        private final Chunks.State strings;
        private final Chunks.State tracks;
        private final Set<Integer> judgementChunks;
        /** The listens the write added, for the observer once it is stored. */
        int added;

        Undo(Set<Integer> put, Set<Integer> deleted, Set<Integer> judgementChunks) {
            synchronized (DayBlockStore.this) {
                for (int day : put) {
                    days.put(day, blocks.get(day));
                }
                for (int day : deleted) {
                    days.put(day, blocks.get(day));
                }
                count = DayBlockStore.this.count;
                checkpoint = DayBlockStore.this.checkpoint;
            }
            strings = stringChunks.state();
            tracks = trackChunks.state();
            this.judgementChunks = new HashSet<>(judgementChunks);
        }

        void apply() {
            synchronized (DayBlockStore.this) {
                for (Map.Entry<Integer, byte[]> day : days.entrySet()) {
                    if (day.getValue() == null) {
                        blocks.remove(day.getKey());
                    } else {
                        blocks.put(day.getKey(), day.getValue());
                    }
                }
                DayBlockStore.this.count = count;
                DayBlockStore.this.checkpoint = checkpoint;
            }
            stringChunks.restore(strings);
            trackChunks.restore(tracks);
            judgements.markDirty(judgementChunks);
        }
    }

    /**
     * Waits for the write still on its way to disk, if any: once it is stored the observer hears of its listens;
     * should it fail, the store is put back as it was before it and the failure thrown.
     */
    private void settle() {
        Pending commit = pending;
        Undo undo = pendingUndo;
        if (commit == null) {
            return;
        }
        pending = null;
        pendingUndo = null;
        try {
            commit.await();
        } catch (RuntimeException failed) {
            undo.apply();
            throw failed;
        }
        if (undo.added > 0) {
            observer().merged(undo.added);
        }
    }

    /**
     * Returns once every write handed to the store is stored (an import's batches go to disk while the next is
     * read); throws the failure of one that was not, the store being put back as it was before it.
     */
    public void flush() {
        synchronized (writing) {
            settle();
        }
    }

    /**
     * One day: the stored rows and the incoming ones ({@code order[from, to)}, sorted) merged in (time, msid)
     * order. A key in both keeps the stored row ({@code keepStored}) or the incoming one; a stored row in the
     * reconcile range that is not incoming is dropped and reported in {@code removed}.
     */
    private void mergeDay(DayBlock.Rows stored, DayBlock.Rows incoming, int[] order, int from, int to,
                          boolean keepStored, long reconcileFrom, long reconcileTo, DayBlock.Rows out,
                          List<ListenKey> removed) {
        int s = 0;
        int k = from;
        while (s < stored.size || k < to) {
            int c = s == stored.size ? 1 : k == to ? -1 : compare(stored, s, incoming, order[k]);
            if (c < 0) {
                long t = stored.listenedAt[s];
                if (t >= reconcileFrom && t <= reconcileTo) {
                    removed.add(new ListenKey(t, dictionary.string(stored.msid[s])));
                } else {
                    out.add(stored, s);
                }
                s++;
            } else {
                // equal incoming keys: a put keeps the last, an import the first
                int last = k;
                while (last + 1 < to && compare(incoming, order[last + 1], incoming, order[k]) == 0) {
                    last++;
                }
                if (c == 0) {
                    out.add(keepStored ? stored : incoming, keepStored ? s : order[last]);
                    s++;
                } else {
                    out.add(incoming, keepStored ? order[k] : order[last]);
                }
                k = last + 1;
            }
        }
    }

    private int compare(DayBlock.Rows a, int i, DayBlock.Rows b, int j) {
        int c = Long.compare(a.listenedAt[i], b.listenedAt[j]);
        return c != 0 ? c : dictionary.compare(a.msid[i], b.msid[j]);
    }

    /** The rows' indices in (time, msid) order; stable, so equal keys keep their order of arrival. */
    private int[] sortedOrder(DayBlock.Rows rows) {
        int n = rows.size;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, rows.listenedAt[i]);
            last = Math.max(last, rows.listenedAt[i]);
        }
        int[] order = new int[n];
        if (n > 0 && last - first < 1L << 40 && n < 1 << 23) {
            // by time as one primitive sort of (time, arrival) keys, then ties by msid: no boxing
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (rows.listenedAt[i] - first) << 23 | i;
            }
            Arrays.sort(keys);
            for (int k = 0; k < n; k++) {
                int i = (int) (keys[k] & ((1 << 23) - 1));
                int j = k;
                while (j > 0 && compare(rows, order[j - 1], rows, i) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (x, y) -> compare(rows, x, rows, y));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** Judges the tracks of these rows that have no facts under the current rules. */
    private void judgeNew(DayBlock.Rows rows) {
        if (judge == null) {
            return;
        }
        for (int i = 0; i < rows.size; i++) {
            int t = rows.track[i];
            if (judgements.facts(t) == null) {
                judgements.set(t, judge.judge(codec.judged(t), dictionary));
                breather.breathe();
            }
        }
    }

    @Override
    public synchronized int count() {
        return count;
    }

    @Override
    public List<Listen> all() {
        List<Listen> all = new ArrayList<>(count());
        forEach(all::add);
        return all;
    }

    /** The blocks of the days [{@code first}, {@code last}] as they are now: read them without holding the store. */
    private synchronized List<byte[]> blocks(int first, int last) {
        return new ArrayList<>(blocks.subMap(first, true, last, true).values());
    }

    private List<byte[]> allBlocks() {
        return blocks(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Every listen, oldest first, decoded one day at a time (an export needs no list of them all). */
    public void forEach(Consumer<Listen> action) {
        Decoder decoder = new Decoder();
        for (byte[] block : allBlocks()) {
            decoder.read(block);
            for (int i = 0; i < decoder.rows.size; i++) {
                action.accept(decoder.listen(i));
            }
            breather().breathe();
        }
    }

    /** The newest {@code n} listens, newest first; decodes only the last days. */
    public List<Listen> newest(int n) {
        List<Listen> newest = new ArrayList<>(n);
        Decoder decoder = new Decoder();
        List<byte[]> days = allBlocks();
        for (int d = days.size() - 1; d >= 0 && newest.size() < n; d--) {
            decoder.read(days.get(d));
            for (int i = decoder.rows.size - 1; i >= 0 && newest.size() < n; i--) {
                newest.add(decoder.listen(i));
            }
        }
        return newest;
    }

    /**
     * The stored listens with these keys (listened_at and the {@link #msidHash} of the msid), by position: null where
     * none is stored. Decodes only the days the keys fall on, each once, whatever the keys' order.
     */
    public Listen[] listensAt(long[] listenedAt, long[] msidHashes, int n) {
        long[] byDay = new long[n];
        for (int i = 0; i < n; i++) {
            byDay[i] = (long) DayBlock.dayOf(listenedAt[i]) << 32 | i;
        }
        Arrays.sort(byDay);
        Listen[] found = new Listen[n];
        Decoder decoder = new Decoder();
        for (int k = 0; k < n; ) {
            int day = (int) (byDay[k] >> 32);
            byte[] block = block(day);
            if (block != null) {
                decoder.read(block);
            }
            for (; k < n && (int) (byDay[k] >> 32) == day; k++) {
                int i = (int) byDay[k];
                int row = block == null ? -1 : decoder.row(listenedAt[i], msidHashes[i]);
                if (row >= 0) {
                    found[i] = decoder.listen(row);
                }
            }
        }
        return found;
    }

    private synchronized byte[] block(int day) {
        return blocks.get(day);
    }

    /** The stored listens of the tracks {@code tracks} accepts, oldest first; only their rows are decoded. */
    public List<Listen> listensOf(IntPredicate tracks) {
        List<Listen> listens = new ArrayList<>();
        Decoder decoder = new Decoder();
        DayBlock.Rows keys = new DayBlock.Rows();
        for (byte[] block : allBlocks()) {
            keys.readKeys(block);
            boolean any = false;
            for (int i = 0; i < keys.size && !any; i++) {
                any = tracks.test(keys.track[i]);
            }
            if (any) {
                decoder.read(block);
                for (int i = 0; i < decoder.rows.size; i++) {
                    if (tracks.test(decoder.rows.track[i])) {
                        listens.add(decoder.listen(i));
                    }
                }
            }
            breather().breathe();
        }
        return listens;
    }

    private synchronized Breather breather() {
        return breather;
    }

    /**
     * Builds the dictionary's reverse map in slices (see {@link ListenDictionary#prepareLookups}): for a page about
     * to store listens, so the first write does not hash every string in one go.
     */
    public void prepareLookups() {
        dictionary.prepareLookups(breather());
    }

    /** Gives the page its turn if a slice of work ran long (see {@link #setBreather}): for callers' own loops. */
    public void breathe() {
        breather().breathe();
    }

    /** Rows decoded into listens; listens of one track and extra share their metadata object. */
    private final class Decoder {
        final DayBlock.Rows rows = new DayBlock.Rows();
        private final Map<Long, TrackMetadata> metadata = new HashMap<>();

        void read(byte[] block) {
            rows.read(block);
        }

        /** The row of the listen (listened_at, msid hash), or -1. */
        int row(long at, long msidHash) {
            int lo = 0;
            int hi = rows.size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (rows.listenedAt[mid] < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < rows.size && rows.listenedAt[i] == at; i++) {
                if (dictionary.hash64(rows.msid[i]) == msidHash) {
                    return i;
                }
            }
            return -1;
        }

        Listen listen(int i) {
            long key = (long) rows.track[i] << 32 | (rows.extra[i] & 0xffffffffL);
            TrackMetadata track = metadata.get(key);
            if (track == null) {
                track = codec.decode(rows.track[i], rows.extra[i]);
                metadata.put(key, track);
            }
            return new Listen(rows.listenedAt[i], rows.insertedAt[i], dictionary.string(rows.msid[i]),
                    rows.user[i] < 0 ? null : dictionary.string(rows.user[i]), track);
        }
    }

    /** Visits every stored listen, oldest day first, each day in (listened_at, msid) order: the cold start's read. */
    public void forEachRow(RowVisitor visitor) {
        DayBlock.Rows rows = new DayBlock.Rows();
        Breather pause = breather();
        for (byte[] block : allBlocks()) {
            rows.readKeys(block);
            for (int i = 0; i < rows.size; i++) {
                visitor.row(rows.listenedAt[i], rows.msid[i], rows.track[i]);
            }
            pause.breathe();
        }
    }

    /** Visits a stored listen with its msid's hash. */
    public interface HashedRowVisitor {
        void row(long listenedAt, long msidHash, int track);
    }

    /** {@link #forEachRow} with each msid's {@link #msidHash}, worked out once per msid. */
    public void forEachHashedRow(HashedRowVisitor visitor) {
        long[][] hashes = {new long[1024]};
        forEachRow((listenedAt, msid, track) -> {
            if (msid >= hashes[0].length) {
                hashes[0] = Arrays.copyOf(hashes[0], Math.max(msid + 1, hashes[0].length * 2));
            }
            long h = hashes[0][msid];
            if (h == 0) { // not hashed yet (or a hash of 0, merely computed again)
                h = msidHash(msid);
                hashes[0][msid] = h;
            }
            visitor.row(listenedAt, h, track);
        });
    }

    /** The hash of a stored msid, as {@link ListenDictionary#hash64(String)} gives it. */
    public long msidHash(int msid) {
        return dictionary.hash64(msid);
    }

    /** A string of the dictionary (a fact may name one). */
    public String string(int id) {
        return dictionary.string(id);
    }

    /** How many distinct tracks the store has numbered. */
    public int trackCount() {
        return tracks.size();
    }

    /** A track's names, MBIDs and duration as metadata: what the judge judged (see {@link TrackCodec#judged}). */
    public TrackMetadata judgedTrack(int track) {
        return codec.judged(track);
    }

    /** The judge's facts of a track under its current rules, or null when it has none yet. */
    public int[] facts(int track) {
        return judgements.facts(track);
    }

    /**
     * Judges the tracks numbered [{@code from}, {@code to}) that have no facts yet (after a change of rules; in
     * slices, so a page stays responsive); {@link #saveJudgements} persists them.
     */
    public void judgeTracks(int from, int to) {
        synchronized (writing) {
            for (int t = from; t < Math.min(to, tracks.size()); t++) {
                if (judgements.facts(t) == null) {
                    judgements.set(t, judge.judge(codec.judged(t), dictionary));
                }
                if (t % 256 == 0) {
                    breather.breathe();
                }
            }
        }
    }

    /**
     * Judges these tracks again (what the judge reads changed: a metadata look-up answered); returns those whose
     * facts changed. {@link #saveJudgements} persists them.
     */
    public Set<Integer> judgeAgain(Collection<Integer> which) {
        synchronized (writing) {
            Set<Integer> changed = new HashSet<>();
            for (int t : which) {
                int[] now = judge.judge(codec.judged(t), dictionary);
                if (!Arrays.equals(now, judgements.facts(t))) {
                    judgements.set(t, now);
                    changed.add(t);
                }
            }
            return changed;
        }
    }

    /** Whether every track has facts under the current rules. */
    public boolean allJudged() {
        for (int t = 0; t < tracks.size(); t++) {
            if (judgements.facts(t) == null) {
                return false;
            }
        }
        return true;
    }

    /** Commits the judgements (and strings) made since the last commit, alone; listens and checkpoint stay. */
    public void saveJudgements() {
        synchronized (writing) {
            write(new DayBlock.Rows(), 1, 0, true, checkpoint());
            settle();
        }
    }
}
