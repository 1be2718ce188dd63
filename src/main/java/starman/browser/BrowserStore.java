package starman.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import starman.atlas.Discographies;
import starman.coach.CoachFeed;
import starman.fixlist.Mappings;
import starman.goals.Goals;
import starman.json.Droppable;
import starman.json.JsonException;
import starman.metrics.MetadataCache;
import starman.settings.Settings;
import starman.store.DayBlockStore;
import starman.importer.ListenImport;
import starman.model.Listen;
import starman.store.LegacyDayBlock;
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
    private static final String GOALS = "goals";
    private static final String MAPPINGS = "mappings";
    private static final String DISCOGRAPHIES = "discographies";

    private final IndexedDbBlocks db;
    private final DayBlockStore listens;
    private Settings settings;
    private Goals goals;
    private Mappings mappings;
    private final MetadataCache metadata;
    private final Discographies discographies;
    private final CoachFeed coachFeed;
    /** Set once this store's data was deleted: a sync still running must not write it back. */
    private volatile boolean forgotten;

    private BrowserStore(IndexedDbBlocks db, IndexedDbBlocks.Contents contents) throws IOException {
        this.db = db;
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i < contents.metaKeys().length; i++) {
            meta.put(contents.metaKeys()[i], contents.metaValues()[i]);
        }
        String savedMetadata = null;
        String savedDiscographies = null;
        for (int i = 0; i < contents.cacheKeys().length; i++) {
            if (contents.cacheKeys()[i].equals(METADATA)) {
                savedMetadata = contents.cacheValues()[i];
            } else if (contents.cacheKeys()[i].equals(DISCOGRAPHIES)) {
                savedDiscographies = contents.cacheValues()[i];
            }
        }
        this.metadata = Droppable.read(savedMetadata, MetadataCache::fromJson, MetadataCache::new);
        this.discographies = Droppable.read(savedDiscographies, Discographies::fromJson, Discographies::new);
        this.coachFeed = Droppable.read(contents.coachFeed(), CoachFeed::parse, CoachFeed::new);
        String checkpoint = meta.get(CHECKPOINT);
        String saved = meta.get(SETTINGS);
        this.settings = saved == null ? Settings.FIRST_RUN : Settings.parse(saved);
        this.goals = Droppable.read(meta.get(GOALS), Goals::parse, () -> Goals.NONE);
        this.mappings = Droppable.read(meta.get(MAPPINGS), Mappings::parse, () -> Mappings.NONE);
        try {
            this.listens = new DayBlockStore(new DayBlockStore.Saved(contents.blocks().map(),
                    contents.strings().keys(), contents.strings().list(), contents.tracks().keys(),
                    contents.tracks().list(), contents.judgements().keys(), contents.judgements().list(),
                    checkpoint == null ? SyncCheckpoint.IDLE : SyncCheckpoint.parse(checkpoint)), this);
        } catch (IllegalArgumentException damaged) {
            throw new IOException("its stored listens are damaged: " + damaged.getMessage(), damaged);
        }
        listens.setBreather(EventLoop.PAGE);
        if (contents.legacyDays().keys().length > 0) {
            moveLegacy(contents);
        }
    }

    /**
     * Moves the listens of schema version 2's stores into this one, a batch a transaction (merging, so a move
     * cut short by a closed tab simply goes on at the next visit), then empties the old stores.
     */
    private void moveLegacy(IndexedDbBlocks.Contents contents) throws IOException {
        LegacyDayBlock legacy;
        try {
            legacy = new LegacyDayBlock(ListenDictionary.fromLegacyChunks(contents.legacyDictionary().keys(),
                    contents.legacyDictionary().list()));
            List<Listen> batch = new ArrayList<>();
            for (byte[] block : contents.legacyDays().values()) {
                batch.addAll(legacy.decode(block));
                if (batch.size() >= ListenImport.DEFAULT_BATCH) {
                    listens.merge(batch);
                    batch = new ArrayList<>();
                }
            }
            listens.merge(batch);
        } catch (IllegalArgumentException | JsonException damaged) {
            throw new IOException("the listens stored by an earlier version are damaged: " + damaged.getMessage(),
                    damaged);
        }
        db.clearLegacy();
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

    /** The discographies the atlas opens from, kept across visits (and offline). */
    public Discographies discographies() {
        return discographies;
    }

    public void saveDiscographies() throws IOException {
        checkNotForgotten();
        db.putCache(DISCOGRAPHIES, discographies.toJson());
    }

    /** The coach's lines, as saved by the tab that syncs. */
    public CoachFeed coachFeed() {
        return coachFeed;
    }

    public void saveCoachFeed() throws IOException {
        checkNotForgotten();
        db.putCoachFeed(coachFeed.toJson());
    }

    public Settings settings() {
        return settings;
    }

    public void saveSettings(Settings settings) throws IOException {
        db.commit(new IndexedDbBlocks.Writes().meta(SETTINGS, settings.toJson()), true);
        this.settings = settings;
    }

    /** The goals set in the page, kept beside the settings. */
    public Goals goals() {
        return goals;
    }

    public void saveGoals(Goals goals) throws IOException {
        checkNotForgotten();
        db.commit(new IndexedDbBlocks.Writes().meta(GOALS, goals.toJson()), true);
        this.goals = goals;
    }

    /** The mappings confirmed in the fix-list, kept beside the settings. */
    public Mappings mappings() {
        return mappings;
    }

    public void saveMappings(Mappings mappings) throws IOException {
        checkNotForgotten();
        db.commit(new IndexedDbBlocks.Writes().meta(MAPPINGS, mappings.toJson()), true);
        this.mappings = mappings;
    }

    /** One write of the listen store: its day blocks, new strings, tracks, judgements and checkpoint, in one transaction. */
    @Override
    public void commit(DayBlockStore.Changes changes) {
        start(changes).await();
    }

    /** The same transaction, started: IndexedDB writes it while the page reads on. */
    @Override
    public DayBlockStore.Pending start(DayBlockStore.Changes changes) {
        checkNotForgotten();
        IndexedDbBlocks.Writes writes = new IndexedDbBlocks.Writes();
        for (Map.Entry<Integer, byte[]> day : changes.putDays().entrySet()) {
            writes.put(IndexedDbBlocks.BLOCKS, day.getKey(), day.getValue());
        }
        for (int day : changes.deletedDays()) {
            writes.delete(IndexedDbBlocks.BLOCKS, day);
        }
        if (changes.dictionaryChunk() != null) {
            for (int key : changes.dictionaryReplaced()) {
                writes.delete(IndexedDbBlocks.STRINGS, key);
            }
            writes.put(IndexedDbBlocks.STRINGS, changes.dictionaryStart(), changes.dictionaryChunk());
        }
        if (changes.tracksChunk() != null) {
            for (int key : changes.tracksReplaced()) {
                writes.delete(IndexedDbBlocks.TRACKS, key);
            }
            writes.put(IndexedDbBlocks.TRACKS, changes.tracksStart(), changes.tracksChunk());
        }
        for (Map.Entry<Integer, byte[]> chunk : changes.judgementChunks().entrySet()) {
            writes.put(IndexedDbBlocks.JUDGEMENTS, chunk.getKey(), chunk.getValue());
        }
        writes.meta(CHECKPOINT, changes.checkpoint().toJson());
        // the end of a run is worth a durable commit; pages in between may be refetched
        JSObject transaction = db.start(writes, !changes.checkpoint().running());
        return () -> {
            try {
                Promises.await(transaction);
            } catch (IOException e) {
                boolean quota = e.getMessage() != null && e.getMessage().startsWith("QuotaExceededError");
                throw new StorageException(quota ? Problems.STORAGE_FULL
                        : "Starman could not save to this browser's storage (" + e.getMessage() + ").", quota, e);
            }
        };
    }

    private void checkNotForgotten() {
        if (forgotten) {
            throw new StorageException("Starman's data in this browser was deleted.", false, null);
        }
    }
}
