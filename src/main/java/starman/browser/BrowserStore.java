package starman.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.coach.CoachFeed;
import starman.json.JsonException;
import starman.metrics.MetadataCache;
import starman.settings.Settings;
import starman.store.DayBlockStore;
import starman.store.ListenDictionary;
import starman.store.StorageException;
import starman.store.SyncCheckpoint;
import starman.sync.Problems;

/** The listen store of this browser: a {@link DayBlockStore} kept in IndexedDB, plus the settings. */
public final class BrowserStore implements DayBlockStore.Persistence {
    static final String DATABASE = "starman";
    private static final String CHECKPOINT = "checkpoint";
    private static final String SETTINGS = "settings";
    private static final String METADATA = "metadata";

    private final IndexedDbBlocks db;
    private final DayBlockStore listens;
    private Settings settings;
    private final MetadataCache metadata;
    private final CoachFeed coachFeed;
    /** Set once this store's data was deleted: a sync still running must not write it back. */
    private volatile boolean forgotten;
    /** The last sync page's transaction, still committing while the next page is fetched. */
    private IndexedDbBlocks.Pending inFlight;

    private BrowserStore(IndexedDbBlocks db, IndexedDbBlocks.Contents contents) {
        this.db = db;
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i < contents.metaKeys().length; i++) {
            meta.put(contents.metaKeys()[i], contents.metaValues()[i]);
        }
        Map<Integer, byte[]> blocks = new HashMap<>();
        for (int i = 0; i < contents.dayKeys().length; i++) {
            blocks.put(contents.dayKeys()[i], contents.blocks()[i]);
        }
        String savedMetadata = null;
        for (int i = 0; i < contents.cacheKeys().length; i++) {
            if (contents.cacheKeys()[i].equals(METADATA)) {
                savedMetadata = contents.cacheValues()[i];
            }
        }
        this.metadata = metadataCache(savedMetadata);
        this.coachFeed = coachFeed(contents.coachFeed());
        String checkpoint = meta.get(CHECKPOINT);
        String saved = meta.get(SETTINGS);
        this.settings = saved == null ? Settings.FIRST_RUN : Settings.parse(saved);
        this.listens = new DayBlockStore(ListenDictionary.fromChunks(List.of(contents.dictionaryChunks())), blocks,
                checkpoint == null ? SyncCheckpoint.IDLE : SyncCheckpoint.parse(checkpoint), this);
    }

    /** Opens the database and reads everything in it (the cold start); see {@link IndexedDbBlocks#open}. */
    public static BrowserStore open(Runnable blocked) throws IOException {
        IndexedDbBlocks db = IndexedDbBlocks.open(DATABASE, blocked);
        IndexedDbBlocks.Contents contents = db.readAll();
        Page.markStep("read");
        BrowserStore store = new BrowserStore(db, contents);
        Page.markStep("opened");
        return store;
    }

    /** The same database read again, after another tab wrote to it. */
    public BrowserStore reread() throws IOException {
        return new BrowserStore(db, db.readAll());
    }

    /** Deletes every listen, the sync state and the settings ("forget my data"), and returns the empty store. */
    public BrowserStore forget() throws IOException {
        forgotten = true;
        db.clear();
        return reread();
    }

    /** See {@link IndexedDbBlocks#onReplaced}: a newer Starman in another tab took the database over. */
    public void onReplaced(Runnable listener) {
        db.onReplaced(listener);
    }

    public boolean isReplaced() {
        return db.isReplaced();
    }

    public DayBlockStore listens() {
        return listens;
    }

    /** What ListenBrainz's metadata told us (release groups, lengths, track lists), kept across visits. */
    public MetadataCache metadata() {
        return metadata;
    }

    public void saveMetadata() throws IOException {
        checkNotForgotten();
        db.putCache(METADATA, metadata.toJson());
    }

    /** The coach's lines, as saved by the tab that syncs. */
    public CoachFeed coachFeed() {
        return coachFeed;
    }

    public void saveCoachFeed() throws IOException {
        checkNotForgotten();
        db.putCoachFeed(coachFeed.toJson());
    }

    /** The cache is re-fetchable: a damaged one is dropped, and the metadata lane asks ListenBrainz again. */
    private static MetadataCache metadataCache(String saved) {
        try {
            return saved == null ? new MetadataCache() : MetadataCache.fromJson(saved);
        } catch (JsonException damaged) {
            return new MetadataCache();
        }
    }

    /** A damaged feed is not worth refusing the listens for: the coach starts a new one. */
    private static CoachFeed coachFeed(String saved) {
        try {
            return saved == null ? new CoachFeed() : CoachFeed.parse(saved);
        } catch (JsonException damaged) {
            return new CoachFeed();
        }
    }

    public Settings settings() {
        return settings;
    }

    public void saveSettings(Settings settings) throws IOException {
        db.commit(new int[0], new byte[0][], new int[0], 0, null, new String[] {SETTINGS},
                new String[] {settings.toJson()}, true);
        this.settings = settings;
    }

    /** One sync page: its day blocks, new strings and checkpoint, in one transaction. */
    @Override
    public void commit(DayBlockStore.Changes changes) {
        checkNotForgotten();
        int[] days = new int[changes.putDays().size()];
        byte[][] blocks = new byte[days.length][];
        int i = 0;
        for (Map.Entry<Integer, byte[]> day : changes.putDays().entrySet()) {
            days[i] = day.getKey();
            blocks[i++] = day.getValue();
        }
        List<Integer> deleted = new ArrayList<>(changes.deletedDays());
        int[] deletedDays = new int[deleted.size()];
        for (int j = 0; j < deletedDays.length; j++) {
            deletedDays[j] = deleted.get(j);
        }
        // the end of a run is worth a durable commit; pages in between may be refetched
        boolean strict = !changes.checkpoint().running();
        finishInFlight();
        IndexedDbBlocks.Pending commit = db.startCommit(days, blocks, deletedDays, changes.dictionaryStart(),
                changes.dictionaryChunk(), new String[] {CHECKPOINT}, new String[] {changes.checkpoint().toJson()},
                strict);
        // Write-behind: a page's transaction overlaps the next page's fetch. A failure surfaces at the next
        // commit, so memory may run one page ahead of the disk until the sync stops; the checkpoint on disk
        // always matches the data on disk, so the next visit refetches exactly what is missing.
        if (strict) {
            finish(commit);
        } else {
            inFlight = commit;
        }
    }

    private void checkNotForgotten() {
        if (forgotten) {
            throw new StorageException("Starman's data in this browser was deleted.", false, null);
        }
    }

    private void finishInFlight() {
        if (inFlight != null) {
            IndexedDbBlocks.Pending previous = inFlight;
            inFlight = null;
            finish(previous);
        }
    }

    private static void finish(IndexedDbBlocks.Pending commit) {
        try {
            commit.await();
        } catch (IOException e) {
            boolean quota = e.getMessage() != null && e.getMessage().startsWith("QuotaExceededError");
            throw new StorageException(quota ? Problems.STORAGE_FULL
                    : "Starman could not save to this browser's storage (" + e.getMessage() + ").", quota, e);
        }
    }
}
