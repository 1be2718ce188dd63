package starman.session;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import starman.atlas.Discographies;
import starman.coach.CoachFeed;
import starman.fixlist.Mappings;
import starman.fixlist.StoredRows;
import starman.goals.Goals;
import starman.json.Droppable;
import starman.metrics.IndexedStore;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.settings.Settings;
import starman.store.DayBlockStore;
import starman.store.ListenStore;

/** The store port over a {@link MemoryDisk}, as one tab read it: the JVM twin of {@code browser.BrowserStorage}. */
final class DiskStorage implements Storage {
    static final String SETTINGS = "settings";
    static final String METADATA = "metadata";
    static final String DISCOGRAPHIES = "discographies";
    static final String COACH = "coach";
    static final String GOALS = "goals";
    static final String MAPPINGS = "mappings";

    private final MemoryDisk disk;
    private final DayBlockStore listens;
    private final IndexedStore indexed;
    private Settings settings;
    private Goals goals;
    private Mappings mappings;
    private final MetadataCache metadata;
    private final Discographies discographies;
    private final CoachFeed coachFeed;

    private DiskStorage(MemoryDisk disk, MemoryDisk.Contents contents) {
        this.disk = disk;
        this.listens = new DayBlockStore(contents.saved(), disk::commit);
        this.indexed = new IndexedStore(listens);
        String saved = contents.records().get(SETTINGS);
        this.settings = saved == null ? Settings.FIRST_RUN : Settings.parse(saved);
        // read as BrowserStore reads them: these may be dropped when damaged
        Map<String, String> records = contents.records();
        this.goals = Droppable.read(records.get(GOALS), Goals::parse, () -> Goals.NONE);
        this.mappings = Droppable.read(records.get(MAPPINGS), Mappings::parse, () -> Mappings.NONE);
        this.metadata = Droppable.read(records.get(METADATA), MetadataCache::fromJson, MetadataCache::new);
        this.discographies = Droppable.read(records.get(DISCOGRAPHIES), Discographies::fromJson, Discographies::new);
        this.coachFeed = Droppable.read(records.get(COACH), CoachFeed::parse, CoachFeed::new);
    }

    static DiskStorage open(MemoryDisk disk) throws IOException {
        MemoryDisk.Contents contents = disk.read();
        try {
            return new DiskStorage(disk, contents);
        } catch (RuntimeException e) {
            throw new DamagedStorageException(e.toString(), e);
        }
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public void saveSettings(Settings next) {
        disk.put(SETTINGS, next.toJson());
        settings = next;
    }

    @Override
    public Goals goals() {
        return goals;
    }

    @Override
    public void saveGoals(Goals next) {
        disk.put(GOALS, next.toJson());
        goals = next;
    }

    @Override
    public Mappings mappings() {
        return mappings;
    }

    @Override
    public void saveMappings(Mappings next) {
        disk.put(MAPPINGS, next.toJson());
        mappings = next;
    }

    @Override
    public StoredRows rows() {
        return StoredRows.of(listens);
    }

    @Override
    public List<Listen> judgeAgain(Collection<Integer> tracks) {
        return indexed.judgeAgain(tracks);
    }

    @Override
    public ListenStore listens() {
        return listens;
    }

    @Override
    public List<Listen> newest(int n) {
        return listens.newest(n);
    }

    @Override
    public Listen[] listensAt(long[] listenedAt, long[] msidHashes, int n) {
        return listens.listensAt(listenedAt, msidHashes, n);
    }

    @Override
    public void forEachListen(Consumer<Listen> action) {
        listens.forEach(action);
    }

    @Override
    public void follow(ListenIndex index, Observer observer) throws DamagedStorageException {
        try {
            indexed.follow(index, observer::applied);
        } catch (RuntimeException e) {
            throw new DamagedStorageException(e.toString(), e);
        }
    }

    @Override
    public void prepareWrites() {
        listens.prepareLookups();
    }

    @Override
    public void unfollow() {
        listens.setObserver((put, removed) -> { });
    }

    @Override
    public int trackCount() {
        return listens.trackCount();
    }

    @Override
    public List<TrackMetadata> tracksFrom(int from) {
        return indexed.tracksFrom(from);
    }

    @Override
    public List<Listen> listensOf(Collection<TrackMetadata> answered) {
        return indexed.listensOf(answered);
    }

    @Override
    public MetadataCache metadata() {
        return metadata;
    }

    @Override
    public void saveMetadata() {
        disk.put(METADATA, metadata.toJson());
    }

    @Override
    public Discographies discographies() {
        return discographies;
    }

    @Override
    public void saveDiscographies() {
        disk.put(DISCOGRAPHIES, discographies.toJson());
    }

    @Override
    public CoachFeed coachFeed() {
        return coachFeed;
    }

    @Override
    public void saveCoachFeed() {
        disk.put(COACH, coachFeed.toJson());
    }

    @Override
    public Storage reread() throws IOException {
        DiskStorage read = open(disk);
        Runnable meanwhile = disk.afterNextReread;
        disk.afterNextReread = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        return read;
    }

    @Override
    public Storage forget() throws IOException {
        disk.clear();
        return reread();
    }

    @Override
    public boolean isReplaced() {
        return false;
    }

    @Override
    public void onReplaced(Runnable listener) {
    }
}
