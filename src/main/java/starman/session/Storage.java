package starman.session;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import starman.atlas.Discographies;
import starman.coach.CoachFeed;
import starman.fixlist.Mappings;
import starman.fixlist.StoredRows;
import starman.goals.Goals;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.settings.Settings;
import starman.store.ListenStore;

/**
 * The store port: this browser's stored listens, settings and caches, as one tab read them. Another tab may
 * write meanwhile; {@link #reread} reads what is stored now. The browser's adapter is {@code
 * browser.BrowserStorage}; every call the session makes on the stored data goes through here.
 */
public interface Storage extends DrillDown.Source {
    /** Hears each page committed to this copy of the store. */
    interface Observer {
        /** {@code put}: listens now stored (new or rewritten); {@code removed}: listens the server no longer has. */
        void applied(List<Listen> put, List<ListenKey> removed);
    }

    Settings settings();

    void saveSettings(Settings settings) throws IOException;

    /** The goals set in this browser (none before the first). */
    Goals goals();

    void saveGoals(Goals goals) throws IOException;

    /** The mappings the person confirmed in the fix-list (none before the first). */
    Mappings mappings();

    void saveMappings(Mappings mappings) throws IOException;

    /** Every stored listen's key and track number, whoever the artist: what the fix-list walks. */
    StoredRows rows();

    /**
     * Judges the tracks numbered so (see {@link #rows}) again, the mappings having changed: the stored listens of those
     * whose count changed, to add to the index again.
     */
    List<Listen> judgeAgain(Collection<Integer> tracks);

    /** The listens, as the history lane and an import write them (one transaction a page or batch). */
    ListenStore listens();

    /** The newest {@code n} listens, newest first. */
    List<Listen> newest(int n);

    /** {@inheritDoc} Reads only the days they fall on. */
    @Override
    Listen[] listensAt(long[] listenedAt, long[] msidHashes, int n);

    /** Every listen, oldest first, without a list of them all (an export). */
    void forEachListen(Consumer<Listen> action);

    /**
     * Adds every stored listen to {@code index}, then hands each later page to {@code observer}, with no page
     * between the two; throws {@link DamagedStorageException} when a stored record cannot be read.
     */
    void follow(ListenIndex index, Observer observer) throws DamagedStorageException;

    /** About to write: whatever the store builds lazily for writing is built now, in slices (it may take a while). */
    void prepareWrites();

    /** Pages are no longer handed on (an import rebuilds the index once at its end instead). */
    void unfollow();

    /** How many distinct tracks the stored listens have had: pass it to {@link #tracksFrom} later. */
    int trackCount();

    /**
     * The distinct tracks numbered {@code from} on that metadata could change the count of (another artist's need
     * none), each once however many listens have it.
     */
    List<TrackMetadata> tracksFrom(int from);

    /**
     * The tracks {@code answered} (objects {@link #tracksFrom} handed out) were judged again with the metadata that
     * came in: the stored listens of those whose count changed, to add to the index again.
     */
    List<Listen> listensOf(Collection<TrackMetadata> answered);

    /** What ListenBrainz's metadata said (a cache: a damaged one is dropped and fetched again). */
    MetadataCache metadata();

    /** The artists' discographies the atlas opens from (a cache beside the metadata, refreshed weekly). */
    Discographies discographies();

    void saveDiscographies() throws IOException;

    void saveMetadata() throws IOException;

    /** The coach's lines, as the tab that syncs saved them (a cache too). */
    CoachFeed coachFeed();

    void saveCoachFeed() throws IOException;

    /** What is stored now, read again; {@link DamagedStorageException} when it cannot be read. */
    Storage reread() throws IOException;

    /** Deletes every listen, the sync state, the caches and the settings; returns the empty store. */
    Storage forget() throws IOException;

    /** Whether a newer Starman in another tab took the database over: this copy can no longer read or write. */
    boolean isReplaced();

    void onReplaced(Runnable listener);
}
