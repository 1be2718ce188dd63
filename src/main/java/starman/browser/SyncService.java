package starman.browser;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSObject;
import starman.http.PoliteClient;
import starman.importer.ImportResult;
import starman.listenbrainz.ListenBrainzClient;
import starman.coach.Coach;
import starman.coach.CoachEvent;
import starman.coach.CoachFeed;
import starman.coach.Message;
import starman.listenbrainz.PlayingNow;
import starman.metrics.AlbumFocus;
import starman.metrics.AlbumProgress;
import starman.metrics.AlbumsHeard;
import starman.metrics.Dashboard;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.Measure;
import starman.metrics.MetadataCache;
import starman.metrics.Period;
import starman.metrics.Periods;
import starman.metrics.charts.Pictures;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.settings.Settings;
import starman.store.DayBlockStore;
import starman.store.PageWrite;
import starman.store.StorageException;
import starman.sync.HistorySync;
import starman.sync.MetadataSync;
import starman.sync.NowPlayingLane;
import starman.sync.NowPlayingListener;
import starman.sync.Problems;
import starman.sync.SyncProgress;
import starman.time.Clock;

/**
 * Runs the two sync lanes in this tab when it holds the sync lock, and follows the tab that does
 * otherwise; keeps the metrics index in step with the store. Whoever shows the state registers one
 * {@link Runnable} that is called after every change.
 */
public final class SyncService {
    static final String LOCK = "starman-sync";
    static final String CHANNEL = "starman";
    /** After a failure that may pass (offline, server trouble), the next try waits this long. */
    static final long RETRY_AFTER_MILLIS = 30_000;
    /** Tells the other tabs that this browser's data was deleted, so they start afresh too. */
    static final String FORGOTTEN = "forgotten";
    /** Tells the other tabs that the settings changed, so they start again with them. */
    static final String SETTINGS = "settings";
    static final String REPLACED = "Starman was updated in another tab; reload this page to use the new version.";

    private final Clock clock = Clock.SYSTEM;
    private final Tabs.Channel channel = new Tabs.Channel(CHANNEL);
    private final Runnable changed;
    private volatile BrowserStore store;
    private ListenIndex index;
    /** What the top-albums picture keeps between refreshes. */
    private AlbumsHeard heard;
    private Coach coach;
    /** The store's tracks (by number) the metadata lane has looked up; a fresh store starts a full pass. */
    private int judgedTracks;
    /** Listens the index gained since the coach last looked. */
    private final List<Listen> fresh = new ArrayList<>();
    private volatile SyncProgress progress;
    private volatile PlayingNow playingNow;
    private volatile String problem;
    /** A passing wait the person should know about (a long rate-limit pause), else null. */
    private volatile String notice;
    private volatile PoliteClient polite;
    private volatile MetadataSync metadataLane;
    /** One metadata pass at a time: the lanes' and the one a change of artist starts. */
    private final Object lookingUp = new Object();
    private volatile boolean leader;
    private volatile boolean started;
    private boolean reloading;
    private boolean reloadAgain;

    public SyncService(BrowserStore store, Runnable changed) {
        this.changed = changed;
        follow(store);
        // the database closes then; what this page shows stays, but it can neither sync nor follow any more
        store.onReplaced(changed);
        channel.listen(message -> {
            if (FORGOTTEN.equals(message) || SETTINGS.equals(message)) {
                Page.reload();
            } else if (!leader) {
                reload();
            }
        });
        UpdateProbe.installIfAsked(this);
    }

    public BrowserStore store() {
        return store;
    }

    /** The table for the chosen artist now. */
    public Dashboard dashboard() {
        return index.dashboard(clock.nowMillis() / 1000);
    }

    /** The current session's album and focus now, or null when no session is going. */
    public AlbumFocus albumFocus() {
        return AlbumFocus.at(index, new AlbumProgress(index, store.metadata()), clock.nowMillis() / 1000,
                Coach.DEFAULT_FOCUS_THRESHOLD);
    }

    /** The listens behind one number of the table now. */
    public DrillDown drillDown(Period period, Measure measure) {
        return DrillDown.of(index, store.listens(), period, measure, clock.nowMillis() / 1000);
    }

    /** The listens of one local day (an epoch day), as the pictures count them. */
    public DrillDown drillDownDay(int epochDay) {
        return DrillDown.ofDay(index, store.listens(), epochDay);
    }

    /** The listens of one canonical album, as the top albums count them. */
    public DrillDown drillDownAlbum(String albumKey) {
        return DrillDown.ofAlbum(index, store.listens(), albumKey);
    }

    /** The dashboard's pictures now. */
    public Pictures pictures() {
        return Pictures.of(heard, store.metadata(), clock.nowMillis() / 1000);
    }

    /** The artist the index follows now. */
    public ArtistFilter artist() {
        return index.artist();
    }

    /**
     * Builds the index again from the listens in memory, for changed settings (artist, time zone, week
     * start): nothing is downloaded again.
     */
    public void reindex() {
        synchronized (this) {
            follow(store);
        }
        changed.run();
        MetadataSync lane = metadataLane;
        if (lane != null) {
            // the new artist's listens may need lengths and albums the old one's did not
            new Thread(() -> {
                try {
                    lookUp(lane);
                } catch (IOException e) {
                    problem = Problems.of(e, Page.isOnline());
                    changed.run();
                }
            }).start();
        }
    }

    /** Builds the index from the store once, then applies each committed page to it. */
    private void follow(BrowserStore opened) {
        MetadataCache metadata = opened.metadata();
        Settings settings = opened.settings();
        ListenIndex built = new ListenIndex(new Normalizer(metadata), settings.artistFilter(),
                new Periods(IntlZones.offsets(settings.zoneId(Page.timeZone())), settings.weekStart()), metadata);
        DayBlockStore listens = opened.listens();
        listens.setJudge(built.judge());
        if (!listens.allJudged()) {
            // another artist or new rules: judged once here, then a cold start reads the facts
            listens.judgeTracks(0, listens.trackCount());
            saveJudgements(listens);
        }
        built.addAll(listens);
        Page.markStep("indexed");
        opened.listens().setObserver(this::applied);
        index = built;
        heard = new AlbumsHeard(built);
        judgedTracks = 0;
        coach = new Coach(built, metadata, Coach.DEFAULT_FOCUS_THRESHOLD);
        store = opened;
    }

    private void applied(List<Listen> put, List<ListenKey> removed) {
        removed.forEach(index::remove);
        for (Listen listen : put) {
            boolean known = index.row(listen.key()) >= 0;
            // re-adding a known listen takes up a mapping that arrived since
            if (index.add(listen) && !known) {
                fresh.add(listen);
            }
        }
    }

    /**
     * Imports a file in this tab, which must be the one syncing ({@link #isLeader}): the sync's pages and the
     * import's batches then reach the one store one transaction at a time. The index is built again once at
     * the end instead of taking a million listens one by one; other tabs are told to read the store again.
     */
    public ImportResult importFile(JSObject file, FileImport.Progress progress) throws IOException {
        BrowserStore current = store;
        current.listens().setObserver((put, removed) -> { });
        try {
            return FileImport.run(file, current.listens(), current.settings().user(), progress);
        } finally {
            follow(current);
            channel.post("listens");
            changed.run();
        }
    }

    /** Runs {@code task} (an import without a sync) while no tab syncs, holding the sync lock; else runs {@code busy}. */
    public static void whenNotSyncing(Runnable task, Runnable busy) {
        Tabs.ifFree(LOCK, task, busy);
    }

    /**
     * Asks ListenBrainz's metadata about the tracks stored since the last pass (the first pass of a visit: every
     * distinct track, never a listen each), then re-indexes the listens of the tracks whose album or duration
     * the answers change; the cache is kept in IndexedDB. A failed pass is repeated whole by the next.
     */
    private void lookUp(MetadataSync metadata) throws IOException {
        DayBlockStore listens = store.listens();
        Set<Integer> rejudged;
        synchronized (lookingUp) {
            int upTo = listens.trackCount();
            Map<TrackMetadata, Integer> numbers = new IdentityHashMap<>();
            for (int t = judgedTracks; t < upTo; t++) {
                int[] facts = listens.facts(t);
                if (facts == null || facts[0] != 0) { // another artist's tracks need no metadata
                    numbers.put(listens.judgedTrack(t), t);
                }
            }
            List<Integer> answered = new ArrayList<>();
            metadata.runOnTracks(numbers.keySet()).forEach(track -> answered.add(numbers.get(track)));
            // the facts first: should the page close between, the next visit asks again and judges again
            rejudged = listens.judgeAgain(answered);
            saveJudgements(listens);
            judgedTracks = upTo;
        }
        listens.listensOf(rejudged::contains).forEach(index::add);
        store.saveMetadata();
        if (!rejudged.isEmpty()) {
            channel.post("metadata");
            changed.run();
        }
    }

    /** A failure to save judgements costs only time (the next visit judges again): it is not worth a message. */
    private static void saveJudgements(DayBlockStore listens) {
        try {
            listens.saveJudgements();
        } catch (StorageException e) {
            // the facts stay in memory and go out with the next commit
        }
    }

    /** Whether the index keeps this listen (it is by the chosen artist). */
    boolean indexes(Listen listen) {
        return index.artist().matches(listen.track());
    }

    /** Stores one listen the way a sync page does, then refreshes the screen (see {@link UpdateProbe}). */
    void storeOne(Listen listen) {
        DayBlockStore listens = store.listens();
        listens.apply(new PageWrite(List.of(listen), 1, 0, listens.checkpoint()));
        Page.markStep("probe-stored");
        changed.run();
        Page.markStep("probe-shown");
        coach(true);
    }

    /** The coach's lines, newest first; another tab's sync said them when this tab follows. */
    public List<CoachFeed.Line> coachFeed() {
        return store.coachFeed().lines();
    }

    /**
     * After a catch-up: the coach hears what landed (a single listen is the track that just ended). The
     * history that a first sync brings in is the past, not news, so it is not coached.
     */
    private void coach(boolean news) {
        List<ListenKey> landed = new ArrayList<>();
        fresh.forEach(listen -> landed.add(listen.key()));
        fresh.clear();
        if (!news || landed.isEmpty()) {
            return;
        }
        long now = clock.nowMillis() / 1000;
        List<Message> messages = coach.react(landed.size() == 1 ? CoachEvent.trackEnded(now, landed.get(0))
                : CoachEvent.synced(now, landed));
        if (!messages.isEmpty()) {
            store.coachFeed().add(now, messages);
            try {
                store.saveCoachFeed();
                channel.post("coach");
            } catch (IOException | StorageException e) {
                // the lines are on screen; only the next visit misses them
            }
        }
        changed.run();
    }

    /** The last page's progress, or null before the first. */
    public SyncProgress progress() {
        return progress;
    }

    public PlayingNow playingNow() {
        return playingNow;
    }

    /** A sentence for the person when something went wrong, else null. */
    public String problem() {
        return store.isReplaced() ? REPLACED : problem;
    }

    /** A passing wait worth a sentence ("ListenBrainz asked Starman to slow down…"), else null. */
    public String notice() {
        return notice;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Whether this tab's sync can be paused or resumed: it is the one syncing. */
    public boolean canPause() {
        return polite != null;
    }

    public boolean isPaused() {
        PoliteClient client = polite;
        return client != null && client.pause().isPaused();
    }

    /** Holds every request to ListenBrainz until {@link #resume()}; what is stored stays shown. */
    public void pause() {
        PoliteClient client = polite;
        if (client != null) {
            client.pause().pause();
            changed.run();
        }
    }

    public void resume() {
        PoliteClient client = polite;
        if (client != null) {
            client.pause().resume();
            changed.run();
        }
    }

    /** The person saved new settings in this tab: the other tabs reload to use them. */
    public void announceSettings() {
        channel.post(SETTINGS);
    }

    /**
     * "Forget my data": stops this tab's requests, deletes the listens, the sync state and the settings, and
     * tells the other tabs; returns the empty store. The page should then start again.
     */
    public BrowserStore forgetEverything() throws IOException {
        pause();
        BrowserStore empty = store.forget();
        channel.post(FORGOTTEN);
        return empty;
    }

    /** Starts syncing the saved user once this tab is elected; returns at once. */
    public synchronized void start() {
        if (started || !store.settings().hasUser()) {
            return;
        }
        started = true;
        Tabs.whenLeader(LOCK, this::lead);
    }

    /** @param waited another tab synced first: it may have committed pages after the last message read here */
    private void lead(boolean waited) {
        synchronized (this) {
            leader = true;
        }
        if (waited) {
            try {
                BrowserStore fresh = store.reread();
                synchronized (this) {
                    follow(fresh);
                }
            } catch (IOException e) {
                problem = "Starman could not read this browser's storage (" + e.getMessage() + ").";
                changed.run();
                return;
            }
        }
        Settings settings = store.settings();
        store.listens().prepareLookups();
        SharedRateWindow shared = new SharedRateWindow(new FetchTransport(), clock);
        PoliteClient polite = PoliteClient.create(shared, clock, PoliteClient.Options.defaults(clock.nowMillis()));
        shared.share(polite.budget());
        polite.onLongWait(millis -> {
            notice = millis > 0 ? Problems.slowDown(millis) : null;
            changed.run();
        });
        this.polite = polite;
        ListenBrainzClient api = new ListenBrainzClient(polite.http(), settings.apiRoot()).withToken(settings.token());
        HistorySync history = new HistorySync(api, store.listens(), clock,
                requests -> polite.budget().millisFor(requests, clock.nowMillis()),
                new HistorySync.Options(ListenBrainzClient.MAX_COUNT, settings.rescanSeconds()));
        history.addListener(p -> {
            progress = p;
            problem = null;
            channel.post("listens");
            changed.run();
        });
        // the index's artist, which changes when the person picks another one
        MetadataSync metadata = new MetadataSync(api, store.metadata(), track -> index.artist().matches(track), clock);
        metadataLane = metadata;
        NowPlayingLane nowPlaying = new NowPlayingLane(api, settings.user(), clock, Tabs::isVisible, () -> {
            history.run(settings.user());
            lookUp(metadata);
            coach(true);
        });
        nowPlaying.addListener(new NowPlayingListener() {
            @Override
            public void trackStarted(PlayingNow track) {
                playingNow = track;
                changed.run();
            }

            @Override
            public void trackEnded(PlayingNow track) {
                playingNow = null;
                changed.run();
            }
        });
        while (true) {
            try {
                history.run(settings.user());
                coach(false);
                lookUp(metadata);
                Page.markLookedUp();
                nowPlaying.run(() -> true);
            } catch (InterruptedIOException | InterruptedException e) {
                return;
            } catch (IOException | StorageException e) {
                problem = Problems.of(e, Page.isOnline());
                notice = null;
                changed.run();
                if (!Problems.passes(e)) {
                    return;
                }
            }
            sleepQuietly(RETRY_AFTER_MILLIS);
        }
    }

    /** Another tab stored listens: read them from IndexedDB; a burst of messages makes at most two readings. */
    private void reload() {
        if (store.isReplaced()) {
            return;
        }
        synchronized (this) {
            if (reloading) {
                reloadAgain = true;
                return;
            }
            reloading = true;
        }
        do {
            synchronized (this) {
                reloadAgain = false;
            }
            try {
                BrowserStore fresh = store.reread();
                synchronized (this) {
                    // once this tab leads, its sync writes to the store it started with: never swap it under it
                    if (leader) {
                        reloading = false;
                        return;
                    }
                    follow(fresh);
                }
            } catch (IOException e) {
                problem = "Starman could not read this browser's storage (" + e.getMessage() + ").";
            }
            changed.run();
        } while (againAfterReading());
    }

    private synchronized boolean againAfterReading() {
        reloading = reloadAgain;
        return reloadAgain;
    }

    private void sleepQuietly(long millis) {
        try {
            clock.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
