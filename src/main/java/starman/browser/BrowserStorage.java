package starman.browser;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import starman.atlas.Discographies;
import starman.coach.CoachFeed;
import starman.fixlist.Mappings;
import starman.fixlist.StoredRows;
import starman.goals.Goals;
import starman.metrics.IndexedStore;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.session.DamagedStorageException;
import starman.session.Storage;
import starman.settings.Settings;
import starman.store.DayBlockStore;
import starman.store.ListenStore;

/**
 * The session's store port over this browser's {@link BrowserStore}: every call the session makes on the
 * stored data reaches BrowserStore and DayBlockStore here, and nowhere else. A record that cannot be read (a
 * RuntimeException from a decoder) becomes a {@link DamagedStorageException}, whose way out is forgetting.
 */
final class BrowserStorage implements Storage {
    private final BrowserStore store;
    private final IndexedStore indexed;

    private BrowserStorage(BrowserStore store) {
        this.store = store;
        this.indexed = new IndexedStore(store.listens());
    }

    /** Opens the database and reads everything in it (the cold start); see {@link BrowserStore#open}. */
    static BrowserStorage open(Runnable blocked) throws IOException {
        try {
            return new BrowserStorage(BrowserStore.open(blocked));
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Deletes this browser's data when it is too damaged to open ("Forget my data" before any session). */
    static void forgetUnreadable() throws IOException {
        IndexedDbBlocks.open(BrowserStore.DATABASE, () -> { }).clear();
    }

    private static DamagedStorageException damaged(RuntimeException e) {
        return new DamagedStorageException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }

    @Override
    public Settings settings() {
        return store.settings();
    }

    @Override
    public void saveSettings(Settings settings) throws IOException {
        store.saveSettings(settings);
    }

    @Override
    public Goals goals() {
        return store.goals();
    }

    @Override
    public void saveGoals(Goals goals) throws IOException {
        store.saveGoals(goals);
    }

    @Override
    public Mappings mappings() {
        return store.mappings();
    }

    @Override
    public void saveMappings(Mappings mappings) throws IOException {
        store.saveMappings(mappings);
    }

    @Override
    public StoredRows rows() {
        return StoredRows.of(store.listens());
    }

    @Override
    public List<Listen> judgeAgain(Collection<Integer> tracks) {
        return indexed.judgeAgain(tracks);
    }

    @Override
    public ListenStore listens() {
        return store.listens();
    }

    @Override
    public List<Listen> newest(int n) {
        return store.listens().newest(n);
    }

    @Override
    public Listen[] listensAt(long[] listenedAt, long[] msidHashes, int n) {
        return store.listens().listensAt(listenedAt, msidHashes, n);
    }

    @Override
    public void forEachListen(Consumer<Listen> action) {
        store.listens().forEach(action);
    }

    @Override
    public void follow(ListenIndex index, Observer observer) throws DamagedStorageException {
        try {
            indexed.follow(index, observer::applied);
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public void prepareWrites() {
        store.listens().prepareLookups();
    }

    @Override
    public void unfollow() {
        store.listens().setObserver((put, removed) -> { });
    }

    @Override
    public int trackCount() {
        return store.listens().trackCount();
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
        return store.metadata();
    }

    @Override
    public void saveMetadata() throws IOException {
        store.saveMetadata();
    }

    @Override
    public Discographies discographies() {
        return store.discographies();
    }

    @Override
    public void saveDiscographies() throws IOException {
        store.saveDiscographies();
    }

    @Override
    public CoachFeed coachFeed() {
        return store.coachFeed();
    }

    @Override
    public void saveCoachFeed() throws IOException {
        store.saveCoachFeed();
    }

    @Override
    public Storage reread() throws IOException {
        try {
            return new BrowserStorage(store.reread());
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public Storage forget() throws IOException {
        return new BrowserStorage(store.forget());
    }

    @Override
    public boolean isReplaced() {
        return store.isReplaced();
    }

    @Override
    public void onReplaced(Runnable listener) {
        store.onReplaced(listener);
    }
}
