package starman.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps what a {@link DayBlockStore} committed, as IndexedDB would, to open the store again from it. */
public final class MemoryPersistence implements DayBlockStore.Persistence {
    public final Map<Integer, byte[]> blocks = new HashMap<>();
    public final TreeMap<Integer, byte[]> strings = new TreeMap<>();
    public final TreeMap<Integer, byte[]> tracks = new TreeMap<>();
    public final TreeMap<Integer, byte[]> judgements = new TreeMap<>();
    public SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
    public int commits;
    /** Set to refuse the next commit, as a full disk does. */
    public boolean failNext;
    /** Set to refuse the next commit only when it is awaited, as a transaction that aborts later does. */
    public boolean failNextLater;
    /** Commits started and not yet awaited. */
    public int pending;

    /** Like IndexedDB: the changes land (or fail) when the transaction completes, which is when it is awaited. */
    @Override
    public DayBlockStore.Pending start(DayBlockStore.Changes changes) {
        boolean fail = failNextLater;
        failNextLater = false;
        pending++;
        return () -> {
            pending--;
            if (fail) {
                throw new StorageException("QuotaExceededError", true, null);
            }
            commit(changes);
        };
    }

    @Override
    public void commit(DayBlockStore.Changes changes) {
        if (failNext) {
            failNext = false;
            throw new StorageException("QuotaExceededError", true, null);
        }
        commits++;
        blocks.putAll(changes.putDays());
        changes.deletedDays().forEach(blocks::remove);
        if (changes.dictionaryChunk() != null) {
            changes.dictionaryReplaced().forEach(strings::remove);
            strings.put(changes.dictionaryStart(), changes.dictionaryChunk());
        }
        if (changes.tracksChunk() != null) {
            changes.tracksReplaced().forEach(tracks::remove);
            tracks.put(changes.tracksStart(), changes.tracksChunk());
        }
        judgements.putAll(changes.judgementChunks());
        checkpoint = changes.checkpoint();
    }

    /** What was committed, as a store reads it back. */
    public DayBlockStore.Saved saved() {
        return new DayBlockStore.Saved(new HashMap<>(blocks), keys(strings), new ArrayList<>(strings.values()),
                keys(tracks), new ArrayList<>(tracks.values()), keys(judgements), new ArrayList<>(judgements.values()),
                checkpoint);
    }

    public DayBlockStore reopen() {
        return new DayBlockStore(saved(), this);
    }

    /** Every byte committed: what the store costs on disk. */
    public long bytes() {
        long n = 0;
        for (Map<Integer, byte[]> records : List.of(blocks, strings, tracks, judgements)) {
            for (byte[] b : records.values()) {
                n += b.length;
            }
        }
        return n;
    }

    private static int[] keys(TreeMap<Integer, byte[]> records) {
        return records.keySet().stream().mapToInt(Integer::intValue).toArray();
    }
}
