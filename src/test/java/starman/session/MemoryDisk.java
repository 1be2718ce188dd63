package starman.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import starman.random.SplitMix64;
import starman.store.DayBlockStore;
import starman.store.StorageException;
import starman.store.SyncCheckpoint;

/**
 * The browser's IndexedDB for JVM tests: day blocks, dictionary chunks by their first id, the checkpoint and the
 * small records, shared by every tab of one {@link TestBrowser}. A commit writes everything or, throwing,
 * nothing; it fails on purpose when asked, or when it would pass the quota (like QuotaExceededError).
 */
final class MemoryDisk {
    private final TreeMap<Integer, byte[]> blocks = new TreeMap<>();
    private final TreeMap<Integer, byte[]> chunks = new TreeMap<>();
    private final TreeMap<Integer, byte[]> tracks = new TreeMap<>();
    private final TreeMap<Integer, byte[]> judgements = new TreeMap<>();
    private SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
    private final Map<String, String> records = new HashMap<>();
    private long quota = Long.MAX_VALUE;
    /** Whether the quota is enforced without being reported, as Chromium does with one set through DevTools. */
    private boolean pinned;
    /** Bytes this site keeps besides Starman's store (another database, a cache): they count against the quota. */
    private long otherBytes;
    /** Runs once the next time a tab has read the disk again, before it uses what it read (null: nothing). */
    Runnable afterNextReread;
    /** Commits to let through before one fails; -1 for none. */
    private int failAfter = -1;
    private int commits;
    private SplitMix64 faults;
    private double faultProbability;
    private int failedCommits;
    private int fullCommits;

    /** What a tab reads when it opens the store. */
    record Contents(DayBlockStore.Saved saved, Map<String, String> records) {
    }

    /** Whether reading fails (a closed database, an I/O error). */
    private boolean unreadable;

    synchronized Contents read() throws IOException {
        if (unreadable) {
            throw new IOException("UnknownError: the database cannot be read");
        }
        return new Contents(new DayBlockStore.Saved(new TreeMap<>(blocks), keys(chunks), new ArrayList<>(chunks.values()),
                keys(tracks), new ArrayList<>(tracks.values()), keys(judgements), new ArrayList<>(judgements.values()),
                checkpoint), new HashMap<>(records));
    }

    private static int[] keys(TreeMap<Integer, byte[]> records) {
        return records.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    synchronized void commit(DayBlockStore.Changes changes) {
        boolean fails = failAfter >= 0 && failAfter-- == 0 || faults != null && faults.chance(faultProbability);
        if (fails) {
            failedCommits++;
            throw new StorageException("Starman could not save to this browser's storage (UnknownError).", false, null);
        }
        long grows = (changes.dictionaryChunk() == null ? 0 : changes.dictionaryChunk().length)
                + (changes.tracksChunk() == null ? 0 : changes.tracksChunk().length);
        for (Map.Entry<Integer, byte[]> day : changes.putDays().entrySet()) {
            byte[] old = blocks.get(day.getKey());
            grows += day.getValue().length - (old == null ? 0 : old.length);
        }
        if (grows > 0 && usage() + grows > quota) {
            fullCommits++;
            throw new StorageException("QuotaExceededError", true, null);
        }
        blocks.putAll(changes.putDays());
        changes.deletedDays().forEach(blocks::remove);
        if (changes.dictionaryChunk() != null) {
            changes.dictionaryReplaced().forEach(chunks::remove);
            chunks.put(changes.dictionaryStart(), changes.dictionaryChunk());
        }
        if (changes.tracksChunk() != null) {
            changes.tracksReplaced().forEach(tracks::remove);
            tracks.put(changes.tracksStart(), changes.tracksChunk());
        }
        judgements.putAll(changes.judgementChunks());
        checkpoint = changes.checkpoint();
        commits++;
    }

    synchronized void put(String key, String value) {
        records.put(key, value);
    }

    synchronized String get(String key) {
        return records.get(key);
    }

    synchronized void clear() {
        blocks.clear();
        chunks.clear();
        tracks.clear();
        judgements.clear();
        records.clear();
        checkpoint = SyncCheckpoint.IDLE;
    }

    /** Bytes of listens, strings and other data (the small records are left out: they do not fill a disk). */
    synchronized long usage() {
        long bytes = otherBytes;
        for (byte[] block : blocks.values()) {
            bytes += block.length;
        }
        for (Map<Integer, byte[]> store : List.of(chunks, tracks, judgements)) {
            for (byte[] chunk : store.values()) {
                bytes += chunk.length;
            }
        }
        return bytes;
    }

    /**
     * What {@code navigator.storage.estimate()} says. A pinned quota is not in it: then, like Chromium, it reports
     * the usage plus a free share that does not change when this site's data does.
     */
    synchronized StorageQuota.Estimate estimate() {
        return new StorageQuota.Estimate(usage(), pinned ? usage() + (10L << 30) : quota);
    }

    /** Enforces {@code bytes} as the quota without reporting it (Chromium's Storage.overrideQuotaForOrigin). */
    synchronized void pin(long bytes) {
        quota = bytes;
        pinned = true;
    }

    /** Sets how much other data of this site the disk holds. */
    synchronized void otherData(long bytes) {
        otherBytes = bytes;
    }

    synchronized long quota() {
        return quota;
    }

    synchronized void quota(long bytes) {
        quota = bytes;
    }

    /** After {@code commits} more commits, one fails (not for lack of room). */
    synchronized void failOnceAfter(int commits) {
        failAfter = commits;
    }

    synchronized int commits() {
        return commits;
    }

    /** Each commit fails with this probability (a seeded choice, the same on every run). */
    synchronized void failRandomly(long seed, double probability) {
        faults = new SplitMix64(seed);
        faultProbability = probability;
    }

    /** Commits refused on purpose (not for lack of room). */
    synchronized int failedCommits() {
        return failedCommits;
    }

    /** Commits refused for lack of room. */
    synchronized int fullCommits() {
        return fullCommits;
    }

    synchronized void unreadable(boolean fails) {
        unreadable = fails;
    }

    /** Overwrites a stored day block with bytes that are not one. */
    synchronized void damageABlock() {
        blocks.put(blocks.firstKey(), new byte[] {1, 2, 3});
    }
}
